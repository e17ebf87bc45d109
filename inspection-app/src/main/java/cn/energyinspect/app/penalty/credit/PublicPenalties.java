package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.credit.PenaltyRecords;
import cn.energyinspect.rules.credit.RecordField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政处罚信息公示, for anyone without logging in: the records published today — within their period, not repaired,
 * ended or withdrawn — by the party's name or 统一社会信用代码. Only the public fields of the standard are shown: an
 * identity number (of a natural person or of a legal representative) has no field here at all.
 */
@Service
public class PublicPenalties {
    private static final int MAX_QUERY = 100;

    private final CreditMapper credit;
    private final CreditRecords records;
    private final BusinessTime time;

    PublicPenalties(CreditMapper credit, CreditRecords records, BusinessTime time) {
        this.credit = credit;
        this.records = records;
        this.time = time;
    }

    /**
     * One published record: the public CF fields by name, and how long it is shown.
     *
     * @param fields CF_* code → value, only the fields the standard publishes (never CF_FR_ZJHM, CF_XDR_ZJHM …)
     * @param labels CF_* code → its Chinese name, in the standard's order
     */
    public record PublicPenalty(
            long id,
            String decisionNumber,
            String partyName,
            String partyUscc,
            String kinds,
            String fineTenThousandYuan,
            LocalDate decidedOn,
            String authority,
            LocalDate publishedOn,
            LocalDate publicUntil,
            String regime,
            Map<String, String> fields,
            Map<String, String> labels) {}

    public record Page(List<PublicPenalty> items, int page, int size, long totalItems) {}

    @Transactional(readOnly = true)
    public Page search(String q, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw Refusal.invalid(page < 0 ? "page" : "size", page < 0 ? "不能为负数" : "须在 1 至 100 之间");
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw Refusal.invalid("q", "不能超过 " + MAX_QUERY + " 个字符");
        }
        LocalDate today = time.today();
        List<PublicPenalty> items = credit.published(today, query, size, page * size).stream()
                .map(this::view)
                .toList();
        return new Page(items, page, size, credit.countPublished(today, query));
    }

    @Transactional(readOnly = true)
    public PublicPenalty get(long id) {
        return credit.publishedOne(id, time.today()).map(this::view).orElseThrow(() -> Refusal.notFound("公示信息"));
    }

    private PublicPenalty view(CreditMapper.PublicRow row) {
        Map<String, String> all = records.values(row.recordJson());
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (RecordField field : PenaltyRecords.standard().fields()) {
            if (field.published()) {
                shown.put(field.code(), all.getOrDefault(field.code(), ""));
                labels.put(field.code(), field.name());
            }
        }
        return new PublicPenalty(
                row.penaltyId(),
                shown.get("CF_WSH"),
                shown.get("CF_XDR_MC"),
                blankToNull(shown.get("CF_XDR_SHXYM")),
                shown.get("CF_CFLB"),
                blankToNull(shown.get("CF_NR_FK")),
                LocalDate.parse(shown.get("CF_JDRQ")),
                shown.get("CF_CFJG"),
                row.publishedOn(),
                row.publicUntil(),
                row.regimeName(),
                shown,
                labels);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
