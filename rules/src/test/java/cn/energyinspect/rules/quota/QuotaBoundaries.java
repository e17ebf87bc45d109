package cn.energyinspect.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grades a table row at each of its grade limits and just above them, against the limits typed into the test from the
 * reference (not read from the data files), so a wrong or shifted value in limits.csv fails the test.
 */
final class QuotaBoundaries {
    /** A step small against every limit in the tables, large against the rounding of corrected limits (1e-6). */
    private static final double ABOVE = 0.001;

    private QuotaBoundaries() {}

    /** {@code "a=1;b=2"} → map; empty or blank text → no conditions. */
    static Map<String, Double> conditions(String text) {
        Map<String, Double> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=");
            map.put(kv[0].trim(), Double.valueOf(kv[1].trim()));
        }
        return map;
    }

    static QuotaResult grade(
            String product,
            String indicator,
            double value,
            String unit,
            LocalDate date,
            Map<String, Double> conditions) {
        return QuotaGrading.standard().grade(new QuotaQuery(product, indicator, value, unit, date, conditions));
    }

    /**
     * At each defined limit the grade is the best grade whose limit is not exceeded (equal to the limit is compliant);
     * just above grade 1 the next defined grade; just above grade 3 over quota. {@code null} = "—" in the standard.
     */
    static void assertRow(
            String product,
            String indicator,
            String unit,
            LocalDate date,
            String conditions,
            Double grade1,
            Double grade2,
            Double grade3,
            String reference,
            String table) {
        Map<String, Double> given = conditions(conditions);
        Double[] limits = {null, grade1, grade2, grade3};
        for (int g = 1; g <= 3; g++) {
            if (limits[g] == null) {
                continue;
            }
            QuotaResult at = grade(product, indicator, limits[g], unit, date, given);
            assertThat(at.tableLimits())
                    .as("%s/%s table limits", product, indicator)
                    .isEqualTo(new Limits(grade1, grade2, grade3));
            assertThat(at.grade())
                    .as("%s/%s exactly at the grade-%d limit %s", product, indicator, g, limits[g])
                    .isEqualTo(bestGradeAt(limits, limits[g]));
            assertThat(at.basis().reference()).isEqualTo(reference);
            assertThat(at.basis().clause()).isEqualTo(table);
        }
        QuotaResult over = grade(product, indicator, grade3 + ABOVE, unit, date, given);
        assertThat(over.overQuota())
                .as("%s/%s just above the 限定值 %s", product, indicator, grade3)
                .isTrue();
        assertThat(over.grade()).isNull();
        if (grade1 != null) {
            QuotaResult aboveOne = grade(product, indicator, grade1 + ABOVE, unit, date, given);
            assertThat(aboveOne.grade())
                    .as("%s/%s just above grade 1 (%s)", product, indicator, grade1)
                    .isEqualTo(bestGradeAt(limits, grade1 + ABOVE));
            assertThat(aboveOne.grade()).isNotEqualTo(1);
        }
    }

    /** The first defined grade whose limit {@code value} does not exceed ({@code null} when over every limit). */
    private static Integer bestGradeAt(Double[] limits, double value) {
        for (int g = 1; g <= 3; g++) {
            if (limits[g] != null && value <= limits[g]) {
                return g;
            }
        }
        return null;
    }
}
