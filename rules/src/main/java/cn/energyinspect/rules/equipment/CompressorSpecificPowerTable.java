package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * GB 19153 maximum specific power (比功率) of positive-displacement air compressors (compressor-specific-power.csv), by
 * type, motor rated power, rated discharge pressure and cooling; "≤". Only tabulated ratings and pressures are graded.
 */
final class CompressorSpecificPowerTable implements EfficiencyGrader {
    static final Set<String> COMPRESSOR_TYPES =
            Set.of("OIL_INJECTED_ROTARY_FIXED_SPEED", "OIL_INJECTED_ROTARY_VARIABLE_SPEED");
    static final Set<String> COOLING = Set.of("AIR", "LIQUID");

    private record Cell(String table, double[] limits, List<Basis> basis) {}

    /** edition|type|kW|MPa|cooling → cell. */
    private final Map<String, Cell> cells;

    private CompressorSpecificPowerTable(Map<String, Cell> cells) {
        this.cells = cells;
    }

    static CompressorSpecificPowerTable load(String resource) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            String key = key(
                    basis.reference(),
                    row.get("compressor_type"),
                    row.decimal("rated_kw"),
                    row.decimal("pressure_mpa"),
                    row.get("cooling"));
            Cell cell = cells.computeIfAbsent(
                    key,
                    k -> new Cell(
                            row.get("table"), new double[] {Double.NaN, Double.NaN, Double.NaN}, new ArrayList<>()));
            Double value = row.decimalOrNull("max_specific_power");
            cell.limits()[(int) row.decimal("grade") - 1] = value == null ? Double.NaN : value;
            if (!cell.basis().contains(basis)) {
                cell.basis().add(basis);
            }
        }
        return new CompressorSpecificPowerTable(cells);
    }

    private static String key(String edition, String type, double kw, double mpa, String cooling) {
        return edition + "|" + type + "|" + Math.round(kw * 1000) + "|" + Math.round(mpa * 1000) + "|" + cooling;
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        String type = q.compressorType().trim().toUpperCase(Locale.ROOT);
        String cooling = q.cooling().trim().toUpperCase(Locale.ROOT);
        Cell cell = cells.get(key(reference, type, q.ratedPowerKw(), q.dischargePressureMpa(), cooling));
        String what = typeZh(type) + " " + EfficiencyCheck.plain(q.ratedPowerKw()) + " kW、额定排气压力 "
                + EfficiencyCheck.plain(q.dischargePressureMpa()) + " MPa、" + (cooling.equals("AIR") ? "风冷" : "液冷");
        if (cell == null) {
            return EfficiencyCheck.noValues(
                    reference + " 未载入" + what + "的比功率限值（已载入：" + loaded(reference, type) + "）；不插值，须由监察人员判定",
                    List.of(edition.basis()));
        }
        if (Double.isNaN(cell.limits()[0]) && Double.isNaN(cell.limits()[1]) && Double.isNaN(cell.limits()[2])) {
            return EfficiencyCheck.outOfScope(
                    reference + " " + cell.table() + " 对" + what + "未规定比功率（表中为“—”）", cell.basis());
        }
        IndicatorGrade indicator = IndicatorGrade.grade(
                "specificPower",
                "比功率",
                "kW/(m³/min)",
                false,
                q.specificPowerKwPerM3Min(),
                cell.limits().clone());
        return EfficiencyCheck.graded(
                List.of(indicator),
                List.of(reference + " " + cell.table() + " " + what + "：" + EfficiencyCheck.describe(indicator)),
                cell.basis());
    }

    private String loaded(String reference, String type) {
        TreeSet<Double> kw = new TreeSet<>();
        TreeSet<Double> mpa = new TreeSet<>();
        for (String key : cells.keySet()) {
            String[] parts = key.split("\\|");
            if (parts[0].equals(reference) && parts[1].equals(type)) {
                kw.add(Long.parseLong(parts[2]) / 1000.0);
                mpa.add(Long.parseLong(parts[3]) / 1000.0);
            }
        }
        if (kw.isEmpty()) {
            return "无";
        }
        List<String> kws = new ArrayList<>();
        kw.forEach(k -> kws.add(EfficiencyCheck.plain(k)));
        List<String> mpas = new ArrayList<>();
        mpa.forEach(m -> mpas.add(EfficiencyCheck.plain(m)));
        return String.join("/", kws) + " kW，" + String.join("/", mpas) + " MPa";
    }

    private static String typeZh(String type) {
        return type.equals("OIL_INJECTED_ROTARY_VARIABLE_SPEED") ? "一般用变转速喷油回转空气压缩机" : "一般用喷油回转空气压缩机（工频）";
    }
}
