package cn.energyinspect.rules.bench;

import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaQuery;
import cn.energyinspect.rules.quota.QuotaResult;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of quota grading on one thread (target ≥ 5 million gradings/s per core), with the full catalogue of 234
 * product/indicator pairs loaded. {@code mixed} cycles through a plain lookup, an altitude-corrected clinker plant with
 * its benchmark, a capped blast-furnace burden correction and an arc furnace with an undefined grade 2 (the mix the
 * target was set on); {@code mixedWithNewStandards} adds a flat-glass line with its capacity row and 表2 factors
 * (unconfirmed), the last thickness column of tempered glass, a paper machine with both allowances and a coke plant
 * whose volatile matter is interpolated — gradings that record six corrections each.
 *
 * <p>{@code ./mvnw -pl rules -Pbench test-compile exec:exec -Dbench.args="QuotaBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class QuotaBenchmark {
    private QuotaGrading grading;
    private QuotaQuery clinkerAtAltitude;
    private QuotaQuery[] mix;
    private int next;

    @Setup
    public void setUp() {
        grading = QuotaGrading.standard();
        LocalDate date = LocalDate.of(2026, 8, 1);
        clinkerAtAltitude = new QuotaQuery(
                "CEMENT_CLINKER",
                "COMPREHENSIVE_ENERGY",
                118.0,
                "kgce/t",
                date,
                Map.of("altitudeMeters", 2000.0, "atmosphericPressurePa", 79500.0));
        mix = new QuotaQuery[] {
            clinkerAtAltitude,
            QuotaQuery.of("ELECTROLYTIC_ALUMINIUM", "LIQUID_ALUMINIUM_AC_POWER", 13100, "kWh/t", date),
            new QuotaQuery(
                    "STEEL_BLAST_FURNACE",
                    "PROCESS_ENERGY",
                    420.0,
                    "kgce/t",
                    date,
                    Map.of("burdenIronGradePercent", 55.0)),
            new QuotaQuery(
                    "STEEL_ELECTRIC_ARC_FURNACE",
                    "PROCESS_ENERGY",
                    70.0,
                    "kgce/t",
                    date,
                    Map.of("furnaceCapacityTonnes", 40.0)),
            new QuotaQuery(
                    "FLAT_GLASS",
                    "COMPREHENSIVE_ENERGY",
                    11.0,
                    "kgce/重量箱",
                    date,
                    Map.of(
                            "lineCapacityTonnesPerDay",
                            900.0,
                            "glassThicknessFactor",
                            1.05,
                            "capacityUtilisationPercent",
                            90.0)),
            new QuotaQuery(
                    "TEMPERED_GLASS_CURVED_LOW_E",
                    "ELECTRICITY",
                    20.0,
                    "kWh/m²",
                    date,
                    Map.of("glassThicknessMm", 19.0)),
            new QuotaQuery(
                    "PAPER_TISSUE_WOOD",
                    "COMPREHENSIVE_ENERGY",
                    700.0,
                    "kgce/t",
                    date,
                    Map.of("throughAirDryingAllowanceKgce", 320.0, "thermalCarbonlessSublimationCoProduction", 1.0)),
            new QuotaQuery(
                    "COKE_TOP_CHARGING",
                    "COMPREHENSIVE_ENERGY",
                    120.0,
                    "kgce/t",
                    date,
                    Map.of("dryVolatileMatterPercent", 24.5, "totalMoisturePercent", 11.0)),
        };
    }

    @Benchmark
    public QuotaResult clinkerWithAltitudeCorrectionAndBenchmark() {
        return grading.grade(clinkerAtAltitude);
    }

    @Benchmark
    public QuotaResult mixed() {
        QuotaQuery query = mix[next];
        next = (next + 1) & 3;
        return grading.grade(query);
    }

    @Benchmark
    public QuotaResult mixedWithNewStandards() {
        QuotaQuery query = mix[next];
        next = (next + 1) & 7;
        return grading.grade(query);
    }
}
