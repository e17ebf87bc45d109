package cn.energyinspect.rules.benchmark;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * NDRC 能效标杆水平 and 基准水平 (2021 and 2023 versions) from rules/benchmark/levels.csv, by product, indicator and
 * date. Immutable and thread-safe; the data is read once.
 */
public final class EnergyEfficiencyBenchmarks {
    private static final String DEFAULT_RESOURCE = "/rules/benchmark/levels.csv";

    private final Map<String, Map<String, BenchmarkTrack>> tracks;
    private final String knownProducts;

    private EnergyEfficiencyBenchmarks(Map<String, Map<String, BenchmarkTrack>> tracks) {
        this.tracks = tracks;
        this.knownProducts = String.join(", ", tracks.keySet());
    }

    /** The levels shipped with the library. */
    public static EnergyEfficiencyBenchmarks standard() {
        return Holder.STANDARD;
    }

    /** Levels from another classpath resource with the columns of levels.csv (tests, a province's own table). */
    public static EnergyEfficiencyBenchmarks load(String resource) {
        return new EnergyEfficiencyBenchmarks(read(DataTable.load(resource)));
    }

    /** The versions of one product/indicator, if any are loaded. */
    public Optional<BenchmarkTrack> track(String product, String indicator) {
        Map<String, BenchmarkTrack> byIndicator = tracks.get(product);
        return Optional.ofNullable(byIndicator == null ? null : byIndicator.get(indicator));
    }

    public List<BenchmarkTrack> tracks() {
        List<BenchmarkTrack> all = new ArrayList<>();
        tracks.values().forEach(m -> all.addAll(m.values()));
        return List.copyOf(all);
    }

    /**
     * Places {@code value} against the levels in force on {@code date}.
     *
     * @throws InvalidInputException for an unknown product or indicator, a wrong unit, a missing value or date, or a
     *     date no version covers
     */
    public BenchmarkResult assess(String product, String indicator, Double value, String unit, LocalDate date) {
        List<Violation> violations = new ArrayList<>();
        BenchmarkTrack track = null;
        Map<String, BenchmarkTrack> byIndicator = product == null ? null : tracks.get(product);
        if (byIndicator == null) {
            violations.add(new Violation(
                    "product", "no benchmark loaded for product '" + product + "'; known: " + knownProducts));
        } else {
            track = indicator == null ? null : byIndicator.get(indicator);
            if (track == null) {
                violations.add(new Violation(
                        "indicator",
                        "no benchmark loaded for indicator '" + indicator + "' of " + product + "; known: "
                                + String.join(", ", byIndicator.keySet())));
            }
        }
        if (value == null || !Double.isFinite(value)) {
            violations.add(new Violation("value", "must be a finite number"));
        }
        if (track != null && !track.unit().equals(unit)) {
            violations.add(new Violation(
                    "unit", "unit '" + unit + "' does not match " + product + "/" + indicator + ": " + track.unit()));
        }
        if (date == null) {
            violations.add(new Violation("date", "required"));
        } else if (track != null && track.versionOn(date.toEpochDay()) == null) {
            violations.add(new Violation(
                    "date",
                    "no version of the 能效标杆水平和基准水平 loaded for " + date + " (loaded: " + track.describeVersions()
                            + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return track.assess(value, date).orElseThrow();
    }

    private static Map<String, Map<String, BenchmarkTrack>> read(DataTable table) {
        // product -> indicator -> edition key -> level -> row
        Map<String, Map<String, Map<String, Map<String, DataTable.Row>>>> grouped = new TreeMap<>();
        for (DataTable.Row row : table.rows()) {
            String level = row.get("level");
            if (!level.equals("BENCHMARK") && !level.equals("BASELINE")) {
                throw new IllegalStateException(row.where() + ": level must be BENCHMARK or BASELINE");
            }
            Map<String, DataTable.Row> levels = grouped.computeIfAbsent(row.get("product"), k -> new TreeMap<>())
                    .computeIfAbsent(row.get("indicator"), k -> new TreeMap<>())
                    .computeIfAbsent(row.get("standard") + "|" + row.get("edition"), k -> new LinkedHashMap<>());
            if (levels.put(level, row) != null) {
                throw new IllegalStateException(row.where() + ": duplicate " + level);
            }
        }
        Map<String, Map<String, BenchmarkTrack>> tracks = new LinkedHashMap<>();
        grouped.forEach((product, byIndicator) -> byIndicator.forEach((indicator, byEdition) -> {
            List<BenchmarkVersion> versions = new ArrayList<>();
            String unit = null;
            for (Map<String, DataTable.Row> levels : byEdition.values()) {
                DataTable.Row bm = levels.get("BENCHMARK");
                DataTable.Row bl = levels.get("BASELINE");
                if (bm == null || bl == null) {
                    throw new IllegalStateException(
                            (bm == null ? bl : bm).where() + ": a version needs both BENCHMARK and BASELINE");
                }
                if (unit == null) {
                    unit = bm.get("unit");
                }
                if (!unit.equals(bm.get("unit")) || !unit.equals(bl.get("unit"))) {
                    throw new IllegalStateException(bm.where() + ": unit differs between versions");
                }
                versions.add(version(bm, bl));
            }
            versions.sort(Comparator.comparingLong(BenchmarkVersion::fromDay));
            for (int i = 1; i < versions.size(); i++) {
                if (versions.get(i).fromDay() <= versions.get(i - 1).toDay()) {
                    throw new IllegalStateException("overlapping benchmark versions for " + product + "/" + indicator);
                }
            }
            tracks.computeIfAbsent(product, k -> new LinkedHashMap<>())
                    .put(indicator, new BenchmarkTrack(product, indicator, unit, versions));
        }));
        tracks.replaceAll((k, v) -> Map.copyOf(v));
        return Map.copyOf(tracks);
    }

    private static BenchmarkVersion version(DataTable.Row bm, DataTable.Row bl) {
        Basis b1 = bm.basis();
        Basis b2 = bl.basis();
        if (!java.util.Objects.equals(b1.effectiveFrom(), b2.effectiveFrom())
                || !java.util.Objects.equals(b1.effectiveTo(), b2.effectiveTo())) {
            throw new IllegalStateException(bm.where() + ": BENCHMARK and BASELINE rows differ in effective dates");
        }
        Confidence weakest = b1.confidence().weakest(b2.confidence());
        Basis basis = new Basis(
                b1.standard(), b1.edition(), b1.clause(), b1.effectiveFrom(), b1.effectiveTo(), weakest, b1.source());
        List<String> unconfirmed = new ArrayList<>();
        for (DataTable.Row row : List.of(bm, bl)) {
            if (row.basis().unconfirmed()) {
                unconfirmed.add(b1.reference() + " " + row.get("level").toLowerCase(java.util.Locale.ROOT) + " "
                        + row.get("value") + " " + row.get("unit") + " (" + row.get("product") + "/"
                        + row.get("indicator") + ")");
            }
        }
        String deadline = bm.get("upgrade_deadline");
        return new BenchmarkVersion(
                bm.decimal("value"),
                bl.decimal("value"),
                deadline.isBlank() ? null : LocalDate.parse(deadline),
                basis,
                b1.effectiveFrom() == null ? Long.MIN_VALUE : b1.effectiveFrom().toEpochDay(),
                b1.effectiveTo() == null ? Long.MAX_VALUE : b1.effectiveTo().toEpochDay(),
                List.copyOf(unconfirmed));
    }

    private static final class Holder {
        static final EnergyEfficiencyBenchmarks STANDARD = load(DEFAULT_RESOURCE);
    }
}
