package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.penalty.PenaltyAuthority;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.rules.credit.PartyCategory;
import cn.energyinspect.rules.credit.PenaltyRecord;
import cn.energyinspect.rules.credit.PenaltyRecords;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The 双公示 record of a decision (credit-and-documents.md A1.1): composed from the case, the decision and the 处罚机关,
 * checked by the rules library before the decision is accepted — a missing or wrong CF field stops the decision and is
 * named ({@code record.CF_FRDB}) — and kept as the exchange values the platform receives.
 */
@Component
public class CreditRecords {
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};
    private final ObjectMapper json;

    CreditRecords(ObjectMapper json) {
        this.json = json;
    }

    /** The record of {@code decision} (its number, kinds, amounts, dates and window) for the case's party. */
    public PenaltyRecord compose(PenaltyRow row, PenaltyParts.Decision decision, PenaltyAuthority authority) {
        String category = PartyCategory.valueOf(row.partyCategory()).value();
        return new PenaltyRecord(
                row.partyName(),
                category,
                row.partyCategory().equals("PERSON") ? null : row.enterpriseUscc(),
                null,
                null,
                null,
                row.legalRepresentative(),
                row.legalRepresentativeIdType(),
                row.legalRepresentativeIdNumber(),
                null,
                null,
                decision.decisionNumber(),
                row.violationType(),
                row.facts(),
                decision.legalBasis(),
                decision.kindList().stream()
                        .map(k -> DisplayNames.of(DisplayNames.Category.PENALTY_KIND, k))
                        .toList(),
                decision.content(),
                PenaltyRecord.tenThousandYuan(decision.fineYuan()),
                PenaltyRecord.tenThousandYuan(decision.confiscatedYuan()),
                decision.licence(),
                decision.decidedOn(),
                decision.validUntil(),
                decision.published() ? decision.publicUntil() : null,
                authority.name(),
                authority.uscc(),
                authority.name(),
                authority.uscc(),
                null);
    }

    /** Every problem of the record as a field of the request: {@code record.CF_…}. */
    public List<FieldError> check(PenaltyRecord record, LocalDate today) {
        return PenaltyRecords.standard().check(record, today).stream()
                .map(v -> new FieldError("record." + v.field(), v.message()))
                .toList();
    }

    /** The exchange values as JSON, for the decision row and the outbox. */
    public String exchangeJson(PenaltyRecord record) {
        try {
            return json.writeValueAsString(PenaltyRecords.standard().exchangeValues(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a credit record", e);
        }
    }

    /** The exchange values kept with a decision. */
    public Map<String, String> values(String recordJson) {
        try {
            return json.readValue(recordJson, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable credit record", e);
        }
    }
}
