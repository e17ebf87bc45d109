package cn.energyinspect.app.document;

import java.time.LocalDate;

/**
 * The review of one finding.
 *
 * @param findingNumber the finding's number in the original 限期整改通知书
 * @param finding the finding as stated there (short form is fine)
 * @param enterpriseAction what the enterprise did (整改情况), from its report and the review visit
 * @param result the verdict
 * @param opinion the reviewers' explanation, required unless {@code result} is {@link ReviewResult#ACCEPTED}
 * @param newDeadline the new deadline, required for {@link ReviewResult#REINSPECTION_ORDERED} and {@code null}
 *     otherwise
 */
public record ReviewLine(
        int findingNumber,
        String finding,
        String enterpriseAction,
        ReviewResult result,
        String opinion,
        LocalDate newDeadline) {

    public ReviewLine {
        if (findingNumber < 1) {
            throw new IllegalArgumentException("问题序号（findingNumber）应从1开始，实际为" + findingNumber);
        }
        Check.text(finding, "原问题（finding）");
        Check.text(enterpriseAction, "整改情况（enterpriseAction）");
        Check.present(result, "复查结论（result）");
        Check.optionalText(opinion, "复查意见（opinion）");
        if (result != ReviewResult.ACCEPTED && opinion == null) {
            throw new IllegalArgumentException("第" + findingNumber + "项未予认可，应写明复查意见（opinion）");
        }
        if ((result == ReviewResult.REINSPECTION_ORDERED) != (newDeadline != null)) {
            throw new IllegalArgumentException("第" + findingNumber + "项：仅“继续整改并再次复查”需要且必须给出新的整改期限（newDeadline）");
        }
    }
}
