package cn.energyinspect.app.document;

import java.time.LocalDate;

/**
 * 信用修复告知书, served with the 行政处罚决定书 (两书同达, 国办发〔2025〕22号): that the decision will be published
 * (双公示), for how long and under which rules, from when credit repair may be applied for, on what conditions (the
 * minimum period passed, the obligations fully performed, a public 信用承诺, the 整改复查意见书 of the rectification), and
 * where to apply.
 *
 * @param decisionNumber the 行政处罚决定书 it accompanies
 * @param regime the rules of the publication period, e.g. 国家发展改革委令第36号
 * @param tier 失信行为 tier as printed (轻微 / 一般 / 严重)
 * @param published whether the record is published at all (a 轻微 record as a rule is not)
 * @param publicUntil the last day of publication
 * @param repairFrom the first day repair may be applied for
 * @param channel where to apply (信用中国 and the deciding agency, 谁认定、谁修复)
 */
public record CreditRepairNotice(
        DocumentHeader header,
        String decisionNumber,
        String regime,
        String tier,
        boolean published,
        LocalDate publicUntil,
        LocalDate repairFrom,
        String channel)
        implements OfficialDocument {

    public CreditRepairNotice {
        Check.present(header, "文书抬头（header）");
        Check.text(decisionNumber, "行政处罚决定书文号（decisionNumber）");
        Check.text(regime, "公示期限依据（regime）");
        Check.text(tier, "失信行为等级（tier）");
        Check.present(publicUntil, "公示截止日期（publicUntil）");
        Check.present(repairFrom, "可申请信用修复日期（repairFrom）");
        if (repairFrom.isAfter(publicUntil)) {
            throw new IllegalArgumentException("可申请信用修复日期晚于公示截止日期");
        }
        Check.text(channel, "申请渠道（channel）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_REPAIR_NOTICE;
    }
}
