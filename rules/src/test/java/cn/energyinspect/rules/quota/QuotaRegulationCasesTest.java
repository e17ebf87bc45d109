package cn.energyinspect.rules.quota;

import static cn.energyinspect.rules.quota.QuotaQueries.aReading;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.benchmark.BenchmarkLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quota and benchmark cases of regulations.md §11, one row each, with the §3 / §4 numbers they rest on. */
class QuotaRegulationCasesTest {

    @ParameterizedTest(name = "§11 #{0}: {1}/{2} {3} {4} -> grade {5}, over quota {6}, {10}")
    @CsvSource(nullValues = "null", textBlock = """
            # case, product, indicator, value, unit, grade, over, limit1, limit2, limit3, benchmark level, standard
             1, CEMENT_CLINKER, COMPREHENSIVE_ENERGY, 108, kgce/t, 3, false, 100, 107, 117, BETWEEN, GB 16780
             2, CEMENT_CLINKER, COMPREHENSIVE_ENERGY, 118, kgce/t, null, true, 100, 107, 117, ABOVE_BASELINE, GB 16780
             3, CEMENT_CLINKER, COMPREHENSIVE_ENERGY, 99, kgce/t, 1, false, 100, 107, 117, AT_OR_BELOW_BENCHMARK, GB 16780
             6, CEMENT_CLINKER, COMPREHENSIVE_ELECTRICITY, 58, kWh/t, 3, false, 48, 57, 61, null, GB 16780
             7, CEMENT_CLINKER, COMPREHENSIVE_ELECTRICITY, 62, kWh/t, null, true, 48, 57, 61, null, GB 16780
             8, ELECTROLYTIC_ALUMINIUM, LIQUID_ALUMINIUM_AC_POWER, 13100, kWh/t, 3, false, 12950, 13000, 13350, BETWEEN, GB 21346
             9, ELECTROLYTIC_ALUMINIUM, LIQUID_ALUMINIUM_AC_POWER, 12990, kWh/t, 2, false, 12950, 13000, 13350, AT_OR_BELOW_BENCHMARK, GB 21346
            13, STEEL_BLAST_FURNACE, PROCESS_ENERGY, 400, kgce/t, 3, false, 361, 370, 415, BETWEEN, GB 21256
            16, STEEL_CONVERTER, PROCESS_ENERGY, -25, kgce/t, 3, false, -30, -28, -12, BETWEEN, GB 21256
            """)
    void regulation_case_grades_each_indicator_on_its_own(
            int caseNo,
            String product,
            String indicator,
            double value,
            String unit,
            Integer grade,
            boolean overQuota,
            double limit1,
            double limit2,
            double limit3,
            BenchmarkLevel level,
            String standard) {
        QuotaResult result = withStatedConditions(
                        aReading(product, indicator).of(value, unit).on("2026-08-01"), product, indicator)
                .graded();

        assertThat(result.grade()).as("case %d grade", caseNo).isEqualTo(grade);
        assertThat(result.overQuota()).isEqualTo(overQuota);
        assertThat(result.limits()).isEqualTo(new Limits(limit1, limit2, limit3));
        assertThat(result.basis().standard()).isEqualTo(standard);
        assertThat(result.unconfirmed()).isFalse();
        if (level == null) {
            assertThat(result.benchmark()).isEmpty();
        } else {
            assertThat(result.benchmark())
                    .hasValueSatisfying(b -> assertThat(b.level()).isEqualTo(level));
        }
    }

    /** The plant conditions the cases state: altitude 200 m; burden grade 62 %, no special ores; scrap 0 %. */
    private static QuotaQueries withStatedConditions(QuotaQueries reading, String product, String indicator) {
        return switch (product + "/" + indicator) {
            case "CEMENT_CLINKER/COMPREHENSIVE_ENERGY", "CEMENT_CLINKER/COMPREHENSIVE_ELECTRICITY" ->
                reading.with("altitudeMeters", 200);
            case "STEEL_BLAST_FURNACE/PROCESS_ENERGY" -> reading.with("burdenIronGradePercent", 62);
            case "STEEL_CONVERTER/PROCESS_ENERGY" -> reading.with("scrapRatioPercent", 0);
            default -> reading;
        };
    }

    @ParameterizedTest(name = "clinker {0} kgce/t and {1} kWh/t -> energy grade {2}, electricity over quota")
    @CsvSource({"108, 62, 3", "99, 62, 1"})
    void clinker_electricity_above_61_kwh_is_over_quota_even_when_energy_passes(
            double energy, double electricity, int energyGrade) {
        QuotaResult energyResult = QuotaQueries.clinkerEnergy(energy).graded();
        QuotaResult electricityResult = aReading("CEMENT_CLINKER", "COMPREHENSIVE_ELECTRICITY")
                .of(electricity, "kWh/t")
                .with("altitudeMeters", 200)
                .graded();

        assertThat(energyResult.grade()).isEqualTo(energyGrade);
        assertThat(energyResult.overQuota()).isFalse();
        assertThat(electricityResult.overQuota()).isTrue();
        assertThat(electricityResult.grade()).isNull();
    }

    @ParameterizedTest(name = "§11 #{0}: benchmark {1}, baseline {2}")
    @CsvSource({"1, 108, 100, 117", "13, 400, 361, 435", "16, -25, -30, -10", "8, 13100, 13000, 13350"})
    void regulation_case_carries_the_ndrc_benchmark_and_baseline(
            int caseNo, double value, double benchmark, double baseline) {
        QuotaQueries reading = switch (caseNo) {
            case 1 -> QuotaQueries.clinkerEnergy(value);
            case 13 -> QuotaQueries.blastFurnace(value);
            case 16 -> QuotaQueries.converter(value);
            default ->
                aReading("ELECTROLYTIC_ALUMINIUM", "LIQUID_ALUMINIUM_AC_POWER").of(value, "kWh/t");
        };
        var result = reading.graded().benchmark().orElseThrow();

        assertThat(result.benchmark()).isEqualTo(benchmark);
        assertThat(result.baseline()).isEqualTo(baseline);
        assertThat(result.basis().edition()).isEqualTo("2023");
    }
}
