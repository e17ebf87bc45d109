package cn.energyinspect.rules.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NDRC 能效标杆水平 / 基准水平 (regulations.md §4.3): lower is better, "≤" at both edges. */
class EnergyEfficiencyBenchmarksTest {
    private final EnergyEfficiencyBenchmarks benchmarks = EnergyEfficiencyBenchmarks.standard();

    private BenchmarkResult assess(String product, String indicator, double value, String unit, String date) {
        return benchmarks.assess(product, indicator, value, unit, LocalDate.parse(date));
    }

    @ParameterizedTest(name = "clinker {0} kgce/t -> {1}")
    @CsvSource({
        "99, AT_OR_BELOW_BENCHMARK",
        "100, AT_OR_BELOW_BENCHMARK",
        "100.01, BETWEEN",
        "108, BETWEEN",
        "117, BETWEEN",
        "117.01, ABOVE_BASELINE",
        "118, ABOVE_BASELINE"
    })
    void clinker_against_benchmark_100_and_baseline_117(double value, BenchmarkLevel level) {
        BenchmarkResult result = assess("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY", value, "kgce/t", "2026-06-01");

        assertThat(result.level()).isEqualTo(level);
        assertThat(result.benchmark()).isEqualTo(100);
        assertThat(result.baseline()).isEqualTo(117);
        assertThat(result.unconfirmed()).isFalse();
    }

    @ParameterizedTest(name = "converter {0} kgce/t -> {1}")
    @CsvSource({"-30, AT_OR_BELOW_BENCHMARK", "-29.99, BETWEEN", "-10, BETWEEN", "-9.99, ABOVE_BASELINE"})
    void converter_negative_benchmark_minus_30_and_baseline_minus_10(double value, BenchmarkLevel level) {
        assertThat(assess("STEEL_CONVERTER", "PROCESS_ENERGY", value, "kgce/t", "2026-06-01")
                        .level())
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "on {0} the {1} version applies")
    @CsvSource({"2021-11-15, 2021", "2023-06-05, 2021", "2023-06-06, 2023", "2026-06-01, 2023"})
    void version_switches_on_the_723_document_date(String date, String edition) {
        BenchmarkResult result = assess("STEEL_BLAST_FURNACE", "PROCESS_ENERGY", 400, "kgce/t", date);

        assertThat(result.basis().edition()).isEqualTo(edition);
        assertThat(result.level()).isEqualTo(BenchmarkLevel.BETWEEN);
        assertThat(result.upgradeDeadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void date_before_the_2021_version_is_refused_not_guessed() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> assess("STEEL_BLAST_FURNACE", "PROCESS_ENERGY", 400, "kgce/t", "2021-11-14"));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("date");
    }

    @Test
    void sintering_benchmark_is_unconfirmed_and_says_so() {
        BenchmarkResult result = assess("STEEL_SINTERING", "PROCESS_ENERGY", 50, "kgce/t", "2026-06-01");

        assertThat(result.level()).isEqualTo(BenchmarkLevel.BETWEEN);
        assertThat(result.unconfirmed()).isTrue();
        assertThat(result.unconfirmedValues()).hasSize(2);
    }

    @Test
    void unknown_product_and_wrong_unit_are_refused() {
        InvalidInputException unknown = catchThrowableOfType(
                InvalidInputException.class, () -> assess("FLAT_GLASS", "ENERGY", 10, "kgce/t", "2026-06-01"));
        InvalidInputException unit = catchThrowableOfType(
                InvalidInputException.class,
                () -> assess("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY", 100, "kWh/t", "2026-06-01"));

        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("product");
        assertThat(unknown.violations().get(0).message()).contains("CEMENT_CLINKER");
        assertThat(unit.violations()).extracting(Violation::field).containsExactly("unit");
    }

    @Test
    void stamp_charging_coke_benchmark_is_kept_as_the_third_party_gives_it() {
        BenchmarkResult result = assess("COKE_STAMP_CHARGING", "COMPREHENSIVE_ENERGY", 112, "kgce/t", "2026-06-01");

        assertThat(result.benchmark()).isEqualTo(110);
        assertThat(result.baseline()).isEqualTo(140);
        assertThat(result.level()).isEqualTo(BenchmarkLevel.BETWEEN);
    }
}
