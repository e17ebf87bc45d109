package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 行政处罚决定书 (行政处罚法 Art. 59): the party; the facts and evidence; the provisions broken; the kind and basis of
 * the penalty; the manner and deadline of performance (15 days to pay, at a bank or by e-payment, Art. 67; 3 % of the
 * fine per day if late, capped at the fine, Art. 72); the remedies (行政复议 60 days, 行政诉讼 6 months); the agency, the
 * date and the seal. Served with the 信用修复告知书 (两书同达).
 *
 * @param legalRepresentative 法定代表人 (负责人)
 * @param facts 违法事实
 * @param evidence 证据, at least one
 * @param violated 违反的规定
 * @param basis 处罚依据
 * @param kinds the kinds of 行政处罚 (names of Art. 9), at least one
 * @param content 处罚内容 as decided
 * @param fineYuan the fine in 元, {@code null} without a fine
 * @param reasons 理由, including how the party's statement or the hearing was considered
 * @param paymentPlace where and how to pay (the agency does not collect fines itself)
 * @param reconsiderationBody 行政复议机关
 * @param court 人民法院, or {@code null} for 有管辖权的人民法院
 */
public record PenaltyDecision(
        DocumentHeader header,
        String legalRepresentative,
        String facts,
        List<String> evidence,
        String violated,
        String basis,
        List<String> kinds,
        String content,
        Long fineYuan,
        String reasons,
        String paymentPlace,
        String reconsiderationBody,
        String court)
        implements OfficialDocument {

    public PenaltyDecision {
        Check.present(header, "文书抬头（header）");
        Check.text(legalRepresentative, "法定代表人（legalRepresentative）");
        Check.text(facts, "违法事实（facts）");
        evidence = Check.texts(Check.nonEmpty(evidence, "证据（evidence）"), "证据（evidence）");
        Check.text(violated, "违反的规定（violated）");
        Check.text(basis, "处罚依据（basis）");
        kinds = Check.texts(Check.nonEmpty(kinds, "处罚种类（kinds）"), "处罚种类（kinds）");
        Check.text(content, "处罚内容（content）");
        if (fineYuan != null && fineYuan <= 0) {
            throw new IllegalArgumentException("罚款金额（fineYuan）应大于 0");
        }
        Check.text(reasons, "处罚理由（reasons）");
        Check.text(paymentPlace, "缴款方式（paymentPlace）");
        Check.text(reconsiderationBody, "行政复议机关（reconsiderationBody）");
        Check.optionalText(court, "人民法院（court）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PENALTY_DECISION;
    }

    public LocalDate decidedOn() {
        return header.issuedOn();
    }
}
