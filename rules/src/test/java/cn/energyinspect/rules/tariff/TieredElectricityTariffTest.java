package cn.energyinspect.rules.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 电解铝阶梯电价 (发改价格〔2021〕1239号, regulations.md §7.1; every value UNCONFIRMED). */
class TieredElectricityTariffTest {
    private final TieredElectricityTariff tariff = TieredElectricityTariff.standard();

    @ParameterizedTest(name = "§11 #{0}: {1} kWh/t in {2} (threshold {3}) -> excess {4}, {5} steps, +{6} yuan/kWh")
    @CsvSource({
        "10, 13700, 2023, 13450, 250, 13, 0.13",
        "11, 13700, 2022, 13650, 50, 3, 0.03",
        "12, 13300, 2025, 13300, 0, 0, 0.00"
    })
    void aluminium_surcharge_is_one_cent_per_20_kwh_or_part_above_the_years_threshold(
            int caseNo,
            double value,
            int year,
            BigDecimal threshold,
            BigDecimal excess,
            int steps,
            BigDecimal surcharge) {
        TariffResult result = tariff.assess(TariffQuery.electrolyticAluminium(year, value));

        assertThat(result.threshold()).isEqualByComparingTo(threshold);
        assertThat(result.excess()).isEqualByComparingTo(excess);
        assertThat(result.steps()).isEqualTo(steps);
        assertThat(result.surchargeYuanPerKwh()).isEqualByComparingTo(surcharge);
        assertThat(result.surcharged()).isEqualTo(steps > 0);
        assertThat(result.unconfirmed()).isTrue();
        assertThat(result.unconfirmedValues()).hasSize(4);
    }

    @ParameterizedTest(name = "{0} kWh/t in {1} -> {2} steps")
    @CsvSource({
        "13450, 2023, 0",
        "13450.01, 2023, 1",
        "13470, 2023, 1",
        "13470.01, 2023, 2",
        "13470, 2024, 1",
        "13650, 2022, 0",
        "13301, 2025, 1",
        "13301, 2030, 1",
        "12000, 2025, 0"
    })
    void aluminium_steps_at_the_threshold_and_step_boundaries(double value, int year, int steps) {
        TariffResult result = tariff.assess(TariffQuery.electrolyticAluminium(year, value));

        assertThat(result.steps()).isEqualTo(steps);
        assertThat(result.surchargeYuanPerKwh())
                .isEqualByComparingTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(steps)));
    }

    @ParameterizedTest(name = "tariff year {0} has no threshold row")
    @CsvSource({"2021", "2010"})
    void aluminium_year_without_a_threshold_row_is_refused_naming_the_year(int year) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> tariff.assess(TariffQuery.electrolyticAluminium(year, 13700)));

        assertThat(e.violations()).extracting(Violation::field).contains("tariffYear");
        assertThat(e.violations().get(0).message()).contains("threshold", "tariff year " + year);
    }

    @Test
    void negative_value_wrong_unit_and_unknown_indicator_are_refused() {
        InvalidInputException negative = catchThrowableOfType(
                InvalidInputException.class, () -> tariff.assess(TariffQuery.electrolyticAluminium(2023, -1)));
        InvalidInputException unit = catchThrowableOfType(
                InvalidInputException.class,
                () -> tariff.assess(new TariffQuery(
                        "ELECTROLYTIC_ALUMINIUM", "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER", 2023, 13700.0, "kWh")));
        InvalidInputException unknown = catchThrowableOfType(
                InvalidInputException.class,
                () -> tariff.assess(
                        new TariffQuery("CEMENT_CLINKER", "COMPREHENSIVE_ELECTRICITY", 2023, 62.0, "kWh/t")));

        assertThat(negative.violations()).extracting(Violation::field).containsExactly("value");
        assertThat(unit.violations()).extracting(Violation::field).containsExactly("unit");
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("indicator");
    }
}
