package cn.energyinspect.app.document;

/**
 * A finding as the 现场监察笔录 states it: its number in the case (numbers run on across rounds, so the notice and
 * the review can refer to it), what was found and the rule broken.
 *
 * @param number the finding's number in the case, from 1
 * @param description what was found
 * @param legalBasis standard with edition and clause and the law article, or {@code null} when none applies
 */
public record RecordedFinding(int number, String description, String legalBasis) {
    public RecordedFinding {
        if (number < 1) {
            throw new IllegalArgumentException("问题序号（number）应从1开始，实际为" + number);
        }
        Check.text(description, "监察发现（description）");
        Check.optionalText(legalBasis, "违反依据（legalBasis）");
    }
}
