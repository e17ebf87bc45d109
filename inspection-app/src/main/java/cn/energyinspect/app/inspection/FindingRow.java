package cn.energyinspect.app.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of {@code finding}: one violation found, with the rule result it rests on (standard, edition, clause,
 * confidence, measured and limit values) and its legal basis.
 *
 * @param round the inspection round it was found in (1, then 2+ for re-inspections); numbers run on across rounds
 * @param source {@code RULE} (graded by the rules library), {@code INSPECTOR} (graded by hand where the rules hold no
 *     values, with {@code gradedBy} and {@code gradingReason}) or {@code MANUAL} (a violation the checklist does not
 *     model, recorded by {@code recordedBy})
 */
public record FindingRow(
        Long id,
        long caseId,
        int round,
        int findingNo,
        String source,
        String kind,
        String description,
        String itemCode,
        String standard,
        String edition,
        String clause,
        String confidence,
        String lawArticle,
        String penaltyArticle,
        BigDecimal measuredValue,
        BigDecimal limitValue,
        String unit,
        String requiredAction,
        LocalDate deadline,
        String gradedBy,
        String gradingReason,
        String recordedBy) {

    /** "GB 16780-2021 表1；《中华人民共和国节约能源法》第十六条" — what a document prints as the basis. */
    public String legalBasis() {
        StringBuilder basis = new StringBuilder();
        if (standard != null) {
            basis.append(standard);
            if (edition != null && !edition.isBlank()) {
                basis.append('-').append(edition);
            }
            if (clause != null && !clause.isBlank()) {
                basis.append(' ').append(clause);
            }
            basis.append('；');
        }
        return basis.append(lawArticle).toString();
    }
}
