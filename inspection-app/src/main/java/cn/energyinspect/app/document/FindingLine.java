package cn.energyinspect.app.document;

import java.time.LocalDate;

/**
 * One problem in a 限期整改通知书, with what must be done about it and by when.
 *
 * @param number the finding's number in the notice, from 1; the 整改复查意见书 refers to it
 * @param description what was found (存在问题)
 * @param legalBasis the rule broken: standard with edition and clause, and the law article, e.g. "GB 16780-2021
 *     表1；《中华人民共和国节约能源法》第十六条"
 * @param requiredAction what the enterprise must do (整改要求), stated so that "done" can be checked
 * @param deadline the last day for this finding (整改期限), printed as 2026年7月15日前
 */
public record FindingLine(
        int number, String description, String legalBasis, String requiredAction, LocalDate deadline) {

    public FindingLine {
        if (number < 1) {
            throw new IllegalArgumentException("问题序号（number）应从1开始，实际为" + number);
        }
        Check.text(description, "问题描述（description）");
        Check.text(legalBasis, "违反依据（legalBasis）");
        Check.text(requiredAction, "整改要求（requiredAction）");
        Check.present(deadline, "整改期限（deadline）");
    }
}
