package cn.energyinspect.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.benchmark.EnergyEfficiencyBenchmarks;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new edition of a loaded product is data only: the fixture adds a hypothetical GB 16780-2030 (other limits, an
 * undefined grade 2, another altitude threshold) to the same code, and the edition switches on its effective date.
 */
class QuotaEditionsTest {
    private static final QuotaGrading GRADING =
            QuotaGrading.load("/cn/energyinspect/rules/quota/editions/", EnergyEfficiencyBenchmarks.standard());

    private static QuotaResult clinker(double value, String date, double altitude, double pressure) {
        return GRADING.grade(new QuotaQuery(
                "CEMENT_CLINKER",
                "COMPREHENSIVE_ENERGY",
                value,
                "kgce/t",
                LocalDate.parse(date),
                Map.of("altitudeMeters", altitude, "atmosphericPressurePa", pressure)));
    }

    @ParameterizedTest(name = "clinker 108 kgce/t on {0} -> GB 16780-{1}, grade {2}")
    @CsvSource({"2030-12-31, 2021, 3, false", "2031-01-01, 2030, 3, true", "2026-06-01, 2021, 3, false"})
    void clinker_edition_switches_on_the_effective_date_day_before_vs_on_the_day(
            String date, String edition, int grade, boolean unconfirmed) {
        QuotaResult result = clinker(108, date, 200, 99000);

        assertThat(result.basis().edition()).isEqualTo(edition);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.unconfirmed()).isEqualTo(unconfirmed);
    }

    @ParameterizedTest(name = "clinker {0} kgce/t under the hypothetical 2030 edition -> grade {1}")
    @CsvSource(
            nullValues = "null",
            value = {"95, 1", "96, 3", "110, 3", "110.5, null"})
    void clinker_new_edition_with_undefined_grade_2_never_reports_grade_2(double value, Integer grade) {
        QuotaResult result = clinker(value, "2031-01-01", 200, 99000);

        assertThat(result.limits()).isEqualTo(new Limits(95.0, null, 110.0));
        assertThat(result.grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "clinker plant at {0} m on {1}: corrected = {2}")
    @CsvSource({"1200, 2030-12-31, false", "1200, 2031-01-01, true"})
    void clinker_new_edition_brings_its_own_correction_coefficients(double altitude, String date, boolean corrected) {
        QuotaResult result = clinker(100, date, altitude, 88000);

        assertThat(result.corrections().isEmpty()).isEqualTo(!corrected);
        if (corrected) {
            assertThat(result.limits().grade3())
                    .isEqualTo(110 * (1.2 - 0.2 * 0.88), org.assertj.core.api.Assertions.within(1e-6));
        }
    }
}
