package cn.energyinspect.app.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of {@code finding}: one violation found, with the rule result it rests on (standard, edition, clause,
 * confidence, measured and limit values) and its legal basis.
 */
public record FindingRow(
        Long id,
        long caseId,
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
        LocalDate deadline) {

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
