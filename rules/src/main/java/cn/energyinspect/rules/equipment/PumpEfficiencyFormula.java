package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.Interval;
import cn.energyinspect.rules.basis.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GB 19762 clean-water centrifugal pumps: the minimum efficiency per grade is computed by {@link PumpFormulas} from the
 * coefficient set of the pump type (pump-formula.csv) and the constant C of its flow range (pump-constants.csv). A flow
 * outside every range of the type is outside the formula's scope.
 */
final class PumpEfficiencyFormula implements EfficiencyGrader {
    static final Set<String> PUMP_TYPES = Set.of(
            "SINGLE_STAGE_SINGLE_SUCTION",
            "SINGLE_STAGE_DOUBLE_SUCTION",
            "IN_LINE",
            "MULTISTAGE",
            "LIGHT_MULTISTAGE_VERTICAL",
            "LIGHT_MULTISTAGE_HORIZONTAL");
    /** Rounding of the computed limits, so that "exactly at the limit" survives floating point. */
    private static final double ROUNDING = 1e6;

    private record Coefficients(
            String edition, String set, double a, double b, double c, double d, double e, Basis basis) {}

    private record Constants(
            String edition, String pumpType, String set, Interval flow, double[] c, List<Basis> basis) {}

    private final List<Coefficients> coefficients;
    private final List<Constants> constants;

    private PumpEfficiencyFormula(List<Coefficients> coefficients, List<Constants> constants) {
        this.coefficients = List.copyOf(coefficients);
        this.constants = List.copyOf(constants);
    }

    static PumpEfficiencyFormula load(String formulaResource, String constantsResource) {
        List<Coefficients> coefficients = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(formulaResource).rows()) {
            Basis basis = row.basis();
            coefficients.add(new Coefficients(
                    basis.reference(),
                    row.get("coefficient_set"),
                    row.decimal("a"),
                    row.decimal("b"),
                    row.decimal("c"),
                    row.decimal("d"),
                    row.decimal("e"),
                    basis));
        }
        Map<String, Constants> constants = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(constantsResource).rows()) {
            Basis basis = row.basis();
            String key = basis.reference() + "|" + row.get("pump_type") + "|" + row.get("flow_range");
            Constants entry = constants.computeIfAbsent(
                    key,
                    k -> new Constants(
                            basis.reference(),
                            row.get("pump_type"),
                            row.get("coefficient_set"),
                            Interval.parse(row.get("flow_range")),
                            new double[] {Double.NaN, Double.NaN, Double.NaN},
                            new ArrayList<>()));
            entry.c()[(int) row.decimal("grade") - 1] = row.decimal("constant_c");
            if (!entry.basis().contains(basis)) {
                entry.basis().add(basis);
            }
        }
        return new PumpEfficiencyFormula(coefficients, new ArrayList<>(constants.values()));
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        String type = q.pumpType().trim().toUpperCase(Locale.ROOT);
        boolean multistage = type.contains("MULTISTAGE");
        int stages = q.stages() == null ? 1 : q.stages();
        if (multistage && (q.stages() == null || stages < 2)) {
            throw InvalidInputException.of("stages", "多级泵须填写级数（≥ 2）：按单级扬程计算比转速");
        }
        if (!multistage && stages != 1) {
            throw InvalidInputException.of("stages", "单级泵的级数须为 1，实为 " + stages);
        }
        Constants row = null;
        List<String> ranges = new ArrayList<>();
        for (Constants candidate : constants) {
            if (candidate.edition().equals(reference) && candidate.pumpType().equals(type)) {
                ranges.add(candidate.flow().toString());
                if (candidate.flow().contains(q.flowM3h())) {
                    row = candidate;
                }
            }
        }
        if (row == null) {
            return EfficiencyCheck.outOfScope(
                    "流量 " + EfficiencyCheck.plain(q.flowM3h()) + " m³/h 不在 " + reference + " 表3 该泵型的适用流量范围内（"
                            + String.join("、", ranges) + " m³/h）",
                    List.of(edition.basis()));
        }
        Coefficients k = null;
        for (Coefficients candidate : coefficients) {
            if (candidate.edition().equals(reference) && candidate.set().equals(row.set())) {
                k = candidate;
            }
        }
        if (k == null) {
            return EfficiencyCheck.noValues(
                    reference + " 未载入 " + row.set() + " 公式系数；须由监察人员判定", List.of(edition.basis()));
        }
        double ns = PumpFormulas.specificSpeed(
                q.speedRpm(), q.flowM3h(), q.headM(), stages, type.equals("SINGLE_STAGE_DOUBLE_SUCTION"));
        double base = PumpFormulas.efficiencyBase(ns, q.flowM3h(), k.a(), k.b(), k.c(), k.d(), k.e());
        double[] limits = new double[3];
        for (int g = 0; g < 3; g++) {
            limits[g] = Math.rint(PumpFormulas.minimumEfficiency(base, row.c()[g]) * ROUNDING) / ROUNDING;
        }
        IndicatorGrade indicator = IndicatorGrade.grade("efficiency", "泵效率", "%", true, q.efficiencyPercent(), limits);
        List<Basis> basis = new ArrayList<>();
        basis.add(k.basis());
        row.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add);
        return EfficiencyCheck.graded(
                List.of(indicator),
                List.of(reference + " 式(1)/表3 " + typeZh(type) + "：Q = " + EfficiencyCheck.plain(q.flowM3h())
                        + " m³/h、n_s = "
                        + EfficiencyCheck.plain(ns) + "、C = " + EfficiencyCheck.plain(row.c()[0]) + " / "
                        + EfficiencyCheck.plain(row.c()[1]) + " / " + EfficiencyCheck.plain(row.c()[2]) + "："
                        + EfficiencyCheck.describe(indicator)),
                basis);
    }

    private static String typeZh(String type) {
        return switch (type) {
            case "SINGLE_STAGE_DOUBLE_SUCTION" -> "单级双吸清水离心泵";
            case "IN_LINE" -> "管道清水离心泵";
            case "MULTISTAGE" -> "多级清水离心泵";
            case "LIGHT_MULTISTAGE_VERTICAL" -> "轻型多级清水离心泵（立式）";
            case "LIGHT_MULTISTAGE_HORIZONTAL" -> "轻型多级清水离心泵（卧式）";
            default -> "单级单吸清水离心泵";
        };
    }
}
