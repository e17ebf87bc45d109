package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GB 19761 minimum fan efficiencies (fan-efficiency.csv): the row is chosen by the pressure coefficient ψ and specific
 * speed n_s computed from the operating point ({@link FanFormulas}), or by the hub ratio for axial fans, and the column by
 * the machine number. Efficiency is held against the row's grade 1 / 2 / 3 minimums ("≥").
 */
final class FanEfficiencyTable implements EfficiencyGrader {
    static final Set<String> FAN_TYPES = Set.of("CENTRIFUGAL", "AXIAL", "EXTERNAL_ROTOR_FORWARD_CURVED");

    private record Cell(
            String edition,
            String table,
            String fanType,
            Interval psi,
            Interval ns,
            Interval hub,
            Interval machineNumber,
            double[] limits,
            List<Basis> basis) {}

    private final List<Cell> cells;
    private final EquipmentScope scope;

    private FanEfficiencyTable(List<Cell> cells, EquipmentScope scope) {
        this.cells = List.copyOf(cells);
        this.scope = scope;
    }

    static FanEfficiencyTable load(String resource, EquipmentScope scope) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            String key = basis.reference() + "|" + row.get("table") + "|" + row.get("fan_type") + "|"
                    + row.get("pressure_coefficient_range") + "|" + row.get("specific_speed_range") + "|"
                    + row.get("hub_ratio_range") + "|" + row.get("machine_number_range");
            Cell cell = cells.computeIfAbsent(
                    key,
                    k -> new Cell(
                            basis.reference(),
                            row.get("table"),
                            row.get("fan_type"),
                            Interval.parseOrAny(row.get("pressure_coefficient_range")),
                            Interval.parseOrAny(row.get("specific_speed_range")),
                            Interval.parseOrAny(row.get("hub_ratio_range")),
                            Interval.parse(row.get("machine_number_range")),
                            new double[] {Double.NaN, Double.NaN, Double.NaN},
                            new ArrayList<>()));
            Double value = row.decimalOrNull("min_efficiency_percent");
            cell.limits()[(int) row.decimal("grade") - 1] = value == null ? Double.NaN : value;
            if (!cell.basis().contains(basis)) {
                cell.basis().add(basis);
            }
        }
        return new FanEfficiencyTable(new ArrayList<>(cells.values()), scope);
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        String type = q.fanType().trim().toUpperCase(Locale.ROOT);
        EquipmentScope.Value maxPressure = scope.one(EquipmentType.FAN, reference, "max_total_pressure_pa");
        if (maxPressure != null && q.totalPressurePa() != null && q.totalPressurePa() > maxPressure.value()) {
            return EfficiencyCheck.outOfScope(
                    "全压 " + EfficiencyCheck.plain(q.totalPressurePa()) + " Pa 超过 "
                            + EfficiencyCheck.plain(maxPressure.value()) + " Pa：属鼓风机或压缩机，不在 " + reference + " 适用范围内",
                    List.of(maxPressure.basis()));
        }
        double psi = Double.NaN;
        double ns = Double.NaN;
        String classified;
        if (type.equals("AXIAL")) {
            classified = "轮毂比 " + EfficiencyCheck.plain(q.hubRatio());
        } else {
            double density = q.airDensityKgM3() == null ? FanFormulas.STANDARD_DENSITY : q.airDensityKgM3();
            double kp = type.equals("CENTRIFUGAL")
                    ? FanFormulas.compressibilityFactor(
                            q.totalPressurePa(), q.stagnationPressurePa(), FanFormulas.AIR_ISENTROPIC_EXPONENT)
                    : 1.0;
            double u = FanFormulas.tipSpeed(q.machineNumber(), q.speedRpm());
            psi = FanFormulas.pressureCoefficient(q.totalPressurePa(), kp, density, u);
            ns = FanFormulas.specificSpeed(q.speedRpm(), q.flowM3h(), q.totalPressurePa(), kp, density);
            classified = "压力系数 ψ = " + EfficiencyCheck.plain(psi) + "、比转速 n_s = " + EfficiencyCheck.plain(ns)
                    + (type.equals("CENTRIFUGAL") ? "（k_p = " + EfficiencyCheck.plain(kp) + "）" : "");
        }
        List<Cell> rows = new ArrayList<>();
        for (Cell cell : cells) {
            if (!cell.edition().equals(reference) || !cell.fanType().equals(type)) {
                continue;
            }
            boolean rowMatches = type.equals("AXIAL")
                    ? cell.hub().contains(q.hubRatio())
                    : cell.psi().contains(psi) && cell.ns().contains(ns);
            if (rowMatches) {
                rows.add(cell);
            }
        }
        String what = typeZh(type) + " " + classified + "、机号 No " + EfficiencyCheck.plain(q.machineNumber());
        if (rows.isEmpty()) {
            return EfficiencyCheck.noValues(reference + " 表中无与" + what + "相应的行；须由监察人员判定", List.of(edition.basis()));
        }
        Cell cell = null;
        for (Cell candidate : rows) {
            if (candidate.machineNumber().contains(q.machineNumber())) {
                cell = candidate;
            }
        }
        if (cell == null) {
            return EfficiencyCheck.noValues(
                    reference + " " + rows.getFirst().table() + " 中无与" + what + "相应的机号档；须由监察人员判定",
                    List.of(edition.basis()));
        }
        if (Double.isNaN(cell.limits()[0]) && Double.isNaN(cell.limits()[1]) && Double.isNaN(cell.limits()[2])) {
            return EfficiencyCheck.outOfScope(
                    reference + " " + cell.table() + " 对" + what + "未规定效率（表中为“—”）", cell.basis());
        }
        IndicatorGrade indicator = IndicatorGrade.grade(
                "efficiency",
                "效率",
                "%",
                true,
                q.efficiencyPercent(),
                cell.limits().clone());
        return EfficiencyCheck.graded(
                List.of(indicator),
                List.of(reference + " " + cell.table() + " " + what + "：" + EfficiencyCheck.describe(indicator)),
                cell.basis());
    }

    private static String typeZh(String type) {
        return switch (type) {
            case "AXIAL" -> "轴流通风机";
            case "EXTERNAL_ROTOR_FORWARD_CURVED" -> "外转子电机直联前向多翼离心风机";
            default -> "离心通风机";
        };
    }
}
