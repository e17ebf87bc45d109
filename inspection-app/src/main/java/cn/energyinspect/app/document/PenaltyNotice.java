package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 行政处罚事先告知书 (行政处罚法 Art. 44): the intended penalty with its facts, evidence, the provisions broken and the
 * basis, and the party's rights — 陈述、申辩 within its period and, where the penalty gives it (Art. 63), a hearing
 * requested within 5 working days. Without it no decision may be made (Art. 62).
 *
 * @param legalRepresentative 法定代表人, or {@code null} while unknown
 * @param facts 违法事实
 * @param evidence 主要证据, at least one
 * @param violated 违反的规定
 * @param basis 处罚依据
 * @param intendedPenalty 拟作出的行政处罚 (kind and amount)
 * @param statementDeadline the last day of the 陈述申辩 period, after {@code issuedOn}
 * @param hearingDeadline the last day to ask for a hearing, {@code null} when the penalty gives no hearing right
 * @param contactPerson contact at the agency
 * @param contactPhone that contact's phone number
 */
public record PenaltyNotice(
        DocumentHeader header,
        String legalRepresentative,
        String facts,
        List<String> evidence,
        String violated,
        String basis,
        String intendedPenalty,
        LocalDate statementDeadline,
        LocalDate hearingDeadline,
        String contactPerson,
        String contactPhone)
        implements OfficialDocument {

    public PenaltyNotice {
        Check.present(header, "文书抬头（header）");
        Check.optionalText(legalRepresentative, "法定代表人（legalRepresentative）");
        Check.text(facts, "违法事实（facts）");
        evidence = Check.texts(Check.nonEmpty(evidence, "主要证据（evidence）"), "主要证据（evidence）");
        Check.text(violated, "违反的规定（violated）");
        Check.text(basis, "处罚依据（basis）");
        Check.text(intendedPenalty, "拟作出的行政处罚（intendedPenalty）");
        Check.present(statementDeadline, "陈述申辩期限（statementDeadline）");
        if (!statementDeadline.isAfter(header.issuedOn())) {
            throw new IllegalArgumentException("陈述申辩期限（statementDeadline）应晚于告知书成文日期");
        }
        if (hearingDeadline != null && !hearingDeadline.isAfter(header.issuedOn())) {
            throw new IllegalArgumentException("听证申请期限（hearingDeadline）应晚于告知书成文日期");
        }
        Check.text(contactPerson, "联系人（contactPerson）");
        Check.text(contactPhone, "联系电话（contactPhone）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PENALTY_NOTICE;
    }
}
