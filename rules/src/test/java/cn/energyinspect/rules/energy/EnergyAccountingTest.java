package cn.energyinspect.rules.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnergyAccountingTest {
    private final EnergyAccounting accounting = EnergyAccounting.standard();

    private static EnergyQuantity item(String type, double quantity, String unit) {
        return new EnergyQuantity(type, quantity, unit);
    }

    private List<Violation> violationsOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void coal_electricity_and_gas_field_natural_gas_total_8971_8_tce_a_key_unit_only_if_designated() {
        ConversionResult result = accounting.convert(
                List.of(
                        item("RAW_COAL", 10_000, "t"),
                        item("ELECTRICITY", 5_000_000, "kWh"),
                        item("NATURAL_GAS_GAS_FIELD", 1_000_000, "m3")),
                ElectricityBasis.EQUIVALENT_VALUE,
                null);

        assertThat(result.items())
                .extracting(ItemResult::tce)
                .containsExactly(new BigDecimal("7143.0000"), new BigDecimal("614.5000"), new BigDecimal("1214.3000"));
        assertThat(result.totalTce()).isEqualByComparingTo("8971.8");
        assertThat(result.keyEnergyUnit().status()).isEqualTo(KeyUnitStatus.IF_DESIGNATED);
        assertThat(result.keyEnergyUnit().keyUnitThresholdTce()).isEqualByComparingTo("10000");
        assertThat(result.keyEnergyUnit().designationThresholdTce()).isEqualByComparingTo("5000");
        assertThat(result.keyEnergyUnit().basis()).first().satisfies(basis -> {
            assertThat(basis.standard()).isEqualTo("节约能源法");
            assertThat(basis.clause()).isEqualTo("第五十二条");
            assertThat(basis.confidence()).isEqualTo(Confidence.LAW);
        });
        assertThat(result.items().getFirst().coefficientKgcePerUnit()).isEqualByComparingTo("714.3");
        assertThat(result.items().get(1).basis().confidence()).isEqualTo(Confidence.THIRD_PARTY);
        assertThat(result.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    }

    @ParameterizedTest(name = "{0} tce → {1}")
    @CsvSource({"12000, YES", "10000, YES", "9999.99, IF_DESIGNATED", "5000, IF_DESIGNATED", "4999.9, NO", "0, NO"})
    void key_energy_consuming_unit_by_annual_consumption(double tce, KeyUnitStatus expected) {
        assertThat(accounting.classifyKeyUnit(tce).status()).isEqualTo(expected);
    }

    @Test
    void key_unit_classification_of_negative_consumption_is_an_input_error() {
        assertThatThrownBy(() -> accounting.classifyKeyUnit(-1)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{2} {3} of {1} = {4} tce")
    @CsvSource({
        "same quantity in kg, RAW_COAL, 10000000, kg, 7143.0000",
        "10^4 m3, NATURAL_GAS_GAS_FIELD, 100, 10^4m3, 1214.3000",
        "万m³, NATURAL_GAS_GAS_FIELD, 100, 万m³, 1214.3000",
        "MWh, ELECTRICITY, 5000, MWh, 614.5000",
        "10^4 kWh, ELECTRICITY, 500, 10^4kWh, 614.5000",
        "heat in GJ, HEAT, 1000, GJ, 34.1200",
        "heat in MJ, HEAT, 1000000, MJ, 34.1200",
        "steam in t, STEAM, 100, t, 12.8600",
        "diesel, DIESEL, 1, t, 1.4571",
        "fresh water per t, FRESH_WATER, 10000, t, 0.8570",
        "fresh water in kg, FRESH_WATER, 1000, kg, 0.0001",
    })
    void energy_in_related_units_converts_to_the_same_standard_coal(
            String description, String type, double quantity, String unit, String expectedTce) {
        ConversionResult result =
                accounting.convert(List.of(item(type, quantity, unit)), ElectricityBasis.EQUIVALENT_VALUE, null);

        assertThat(result.totalTce()).isEqualTo(new BigDecimal(expectedTce));
    }

    @Test
    void electricity_at_equal_value_uses_the_coefficient_passed_in() {
        ConversionResult result = accounting.convert(
                List.of(item("ELECTRICITY", 5_000_000, "kWh"), item("RAW_COAL", 1, "t")),
                ElectricityBasis.EQUAL_VALUE,
                0.3);

        assertThat(result.items().getFirst().tce()).isEqualByComparingTo("1500");
        assertThat(result.items().getFirst().origin()).isEqualTo(CoefficientOrigin.EQUAL_VALUE_PARAMETER);
        assertThat(result.items().get(1).origin()).isEqualTo(CoefficientOrigin.REFERENCE);
        assertThat(result.electricityBasis()).isEqualTo(ElectricityBasis.EQUAL_VALUE);
    }

    @Test
    void electricity_at_equal_value_without_the_coefficient_is_an_input_error() {
        assertThat(violationsOf(() -> accounting.convert(
                        List.of(item("ELECTRICITY", 1000, "kWh")), ElectricityBasis.EQUAL_VALUE, null)))
                .extracting(Violation::field)
                .containsExactly("equalValueCoefficient");
    }

    @Test
    void electricity_equal_value_a_thousand_times_too_small_is_rejected_as_implausible() {
        assertThat(violationsOf(() -> accounting.convert(
                        List.of(item("ELECTRICITY", 1000, "kWh")), ElectricityBasis.EQUAL_VALUE, 0.0003)))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("合理范围"));
    }

    @Test
    void measured_natural_gas_coefficient_replaces_the_reference_value() {
        ConversionResult result = accounting.convert(
                List.of(new EnergyQuantity("NATURAL_GAS", 1_000_000, "m3", 1.25)),
                ElectricityBasis.EQUIVALENT_VALUE,
                null);

        assertThat(result.totalTce()).isEqualByComparingTo("1250");
        assertThat(result.items().getFirst().origin()).isEqualTo(CoefficientOrigin.MEASURED);
        assertThat(result.items().getFirst().basis().source()).contains("items[0]");
    }

    @Test
    void natural_gas_without_a_measured_coefficient_or_with_one_1000_times_off_is_an_input_error() {
        assertThat(violationsOf(() -> accounting.convert(
                        List.of(
                                item("NATURAL_GAS", 1000, "m3"),
                                new EnergyQuantity("NATURAL_GAS_GAS_FIELD", 1000, "m3", 0.0013),
                                new EnergyQuantity("ELECTRICITY", 1000, "kWh", 0.3)),
                        ElectricityBasis.EQUIVALENT_VALUE,
                        null)))
                .extracting(Violation::field)
                .containsExactly(
                        "items[0].measuredCoefficientKgce",
                        "items[1].measuredCoefficientKgce",
                        "items[2].measuredCoefficientKgce");
    }

    @Test
    void every_bad_item_is_reported_with_its_index() {
        List<Violation> violations = violationsOf(() -> accounting.convert(
                List.of(
                        item("RAW_COAL", -5, "t"),
                        item("UNOBTAINIUM", 1, "t"),
                        item("ELECTRICITY", 1, "t"),
                        item("HEAT", 1, "kcal"),
                        item("COKE", Double.NaN, "t")),
                ElectricityBasis.EQUIVALENT_VALUE,
                null));

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly(
                        "items[0].quantity",
                        "items[1].energyType",
                        "items[2].unit",
                        "items[3].unit",
                        "items[4].quantity");
        assertThat(violations.get(2).message()).contains("kWh", "MWh", "10^4kWh");
    }

    @Test
    void empty_request_and_missing_electricity_basis_are_input_errors() {
        assertThat(violationsOf(() -> accounting.convert(List.of(), null, null)))
                .extracting(Violation::field)
                .containsExactly("items", "electricityBasis");
    }

    @Test
    void energy_types_listed_are_the_reportable_ones() {
        assertThat(accounting.energyTypes())
                .contains(
                        "RAW_COAL",
                        "COKE",
                        "CRUDE_OIL",
                        "FUEL_OIL",
                        "GASOLINE",
                        "DIESEL",
                        "NATURAL_GAS_GAS_FIELD",
                        "COKE_OVEN_GAS",
                        "LPG",
                        "ELECTRICITY",
                        "STEAM",
                        "HEAT")
                .doesNotContain("ELECTRICITY_EQUAL_VALUE");
    }
}
