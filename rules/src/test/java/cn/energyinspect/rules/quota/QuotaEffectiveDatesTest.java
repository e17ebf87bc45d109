package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaBoundaries.conditions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each edition takes effect on the date the catalogue gives (the day before is refused naming the edition that applied
 * then, never graded by the new one; the day itself is graded), including the corrected dates of GB 21342-2025,
 * GB 21346-2022, GB 21341-2022 and GB 29436-2023.
 */
class QuotaEffectiveDatesTest {

    @ParameterizedTest(name = "{0}/{1}: {5} in force from {4}; before it: {6}")
    @CsvSource(nullValues = "null", textBlock = """
            # product, indicator, unit, conditions, effective from, reference, missing edition
            CEMENT_CLINKER, COMPREHENSIVE_ENERGY, kgce/t, altitudeMeters=200, 2022-11-01, GB 16780-2021, null
            STEEL_SINTERING, PROCESS_ENERGY, kgce/t, , 2026-07-01, GB 21256-2025, GB 21256-2013
            COKE_TOP_CHARGING, COMPREHENSIVE_ENERGY, kgce/t, , 2026-05-01, GB 21342-2025, GB 21342-2015 或 GB 21342-2013
            ELECTROLYTIC_ALUMINIUM, LIQUID_ALUMINIUM_AC_POWER, kWh/t, , 2024-01-01, GB 21346-2022, null
            FERROSILICON, SMELTING_ELECTRICITY, kWh/t, , 2024-01-01, GB 21341-2022, null
            METHANOL_NATURAL_GAS, COMPREHENSIVE_ENERGY, kgce/t, , 2024-12-01, GB 29436-2023, GB 29436.1-2012 等旧版（对应关系待核实）
            CAST_STONE, COMPREHENSIVE_ENERGY, kgce/t, , 2020-05-01, GB 21340-2019, null
            SANITARY_CERAMICS, COMPREHENSIVE_ENERGY, kgce/t, waterAbsorptionPercent=0.1, 2024-12-01, GB 21252-2023, GB 21252-2013 / GB 30181-2013
            COPPER_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 2024-06-01, GB 25323-2023, GB 21248-2014
            ZINC_PYRO_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 2024-06-01, GB 25323-2023, GB 21249-2014
            LEAD_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 2024-06-01, GB 25323-2023, GB 21250-2014
            NICKEL_SMELTING, COMPREHENSIVE_ENERGY, kgce/t, , 2024-06-01, GB 25323-2023, GB 21251-2014
            REFINERY, ENERGY_FACTOR_CONSUMPTION, kgoe/(t·能量因数), , 2025-05-01, GB 30251-2024, GB 30251-2013
            AMMONIA_NATURAL_GAS, COMPREHENSIVE_ENERGY, kgce/t, , 2024-12-01, GB 21344-2023, GB 21344-2015
            CALCIUM_CARBIDE, COMPREHENSIVE_ENERGY, kgce/t, , 2024-12-01, GB 21343-2023, GB 21343-2015
            CAUSTIC_SODA_LIQUID_30, COMPREHENSIVE_ENERGY, kgce/t, , 2025-05-01, GB 21257-2024, GB 21257-2014
            SODA_ASH_AMMONIA_SODA_LIGHT, COMPREHENSIVE_ENERGY, kgce/t, , 2025-05-01, GB 29140-2024, GB 29140-2012
            YELLOW_PHOSPHORUS, COMPREHENSIVE_ENERGY, kgce/t, , 2025-05-01, GB 21345-2024, GB 21345-2015
            PAPER_NEWSPRINT, COMPREHENSIVE_ENERGY, kgce/t, , 2025-05-01, GB 31825-2024, GB 31825-2015
            COAL_POWER_USC_1000MW, SUPPLY_COAL_RATE, gce/kWh, , 2025-04-01, GB 21258-2024, GB 21258-2017
            """)
    void the_day_before_names_the_missing_edition_and_the_day_itself_is_graded(
            String product,
            String indicator,
            String unit,
            String given,
            LocalDate effectiveFrom,
            String reference,
            String missing) {
        QuotaQuery onTheDay = new QuotaQuery(product, indicator, 1.0, unit, effectiveFrom, conditions(given));
        QuotaQuery dayBefore =
                new QuotaQuery(product, indicator, 1.0, unit, effectiveFrom.minusDays(1), conditions(given));

        assertThat(QuotaGrading.standard().grade(onTheDay).basis().reference()).isEqualTo(reference);
        assertThat(QuotaGrading.standard().grade(onTheDay).basis().effectiveFrom())
                .isEqualTo(effectiveFrom);
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> QuotaGrading.standard().grade(dayBefore));
        assertThat(refused).as("the new edition is never applied backwards").isNotNull();
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("date");
            assertThat(v.message())
                    .startsWith("未载入 " + effectiveFrom + " 之前适用的")
                    .contains(missing == null ? "此前版本未查明" : missing)
                    .contains("不得套用 " + reference);
        });
        EditionAvailability availability =
                QuotaGrading.standard().availability(product, indicator, effectiveFrom.minusDays(1));
        assertThat(availability.loaded()).isFalse();
        assertThat(availability.missingEdition()).isEqualTo(missing);
        assertThat(availability.missingBefore()).isEqualTo(effectiveFrom);
        assertThat(availability.message())
                .isEqualTo(refused.violations().getFirst().message());
    }
}
