package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * GB 18613 minimum efficiencies by rated power, poles and grade (motor-efficiency.csv), with the standard's scope
 * (scope.csv). Only tabulated ratings are graded; see package-info.java for why there is no interpolation.
 */
final class MotorEfficiencyTable implements EfficiencyGrader {
    /** edition|poles|kW → the three minimums and their bases. */
    private final Map<String, double[]> minimums;

    private final Map<String, Basis[]> bases;
    private final Map<String, TreeSet<Double>> ratings;
    private final EquipmentScope scope;

    private MotorEfficiencyTable(
            Map<String, double[]> minimums,
            Map<String, Basis[]> bases,
            Map<String, TreeSet<Double>> ratings,
            EquipmentScope scope) {
        this.minimums = minimums;
        this.bases = bases;
        this.ratings = ratings;
        this.scope = scope;
    }

    static MotorEfficiencyTable load(String resource, EquipmentScope scope) {
        Map<String, double[]> minimums = new HashMap<>();
        Map<String, Basis[]> bases = new HashMap<>();
        Map<String, TreeSet<Double>> ratings = new HashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            double kw = row.decimal("rated_kw");
            int poles = (int) row.decimal("poles");
            int grade = (int) row.decimal("grade");
            String key = key(basis.reference(), poles, kw);
            double[] values = minimums.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN, Double.NaN});
            if (!Double.isNaN(values[grade - 1])) {
                throw new IllegalStateException(row.where() + ": grade " + grade + " given twice");
            }
            values[grade - 1] = row.decimal("min_efficiency_percent");
            bases.computeIfAbsent(key, k -> new Basis[3])[grade - 1] = basis;
            ratings.computeIfAbsent(basis.reference() + "|" + poles, k -> new TreeSet<>())
                    .add(kw);
        }
        minimums.forEach((key, values) -> {
            for (double v : values) {
                if (Double.isNaN(v)) {
                    throw new IllegalStateException(resource + ": grades 1, 2 and 3 needed for " + key);
                }
            }
        });
        return new MotorEfficiencyTable(minimums, bases, ratings, scope);
    }

    private static String key(String edition, int poles, double kw) {
        return edition + "|" + poles + "|" + Math.round(kw * 1000);
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        double ratedKw = q.ratedPowerKw();
        int poles = q.poles();
        EfficiencyCheck outOfScope = outOfScope(reference, ratedKw, poles);
        if (outOfScope != null) {
            return outOfScope;
        }
        String key = key(reference, poles, ratedKw);
        double[] limits = minimums.get(key);
        String rating = EfficiencyCheck.plain(ratedKw) + " kW " + poles + " 极";
        if (limits == null) {
            TreeSet<Double> loaded = ratings.getOrDefault(reference + "|" + poles, new TreeSet<>());
            Double below = loaded.lower(ratedKw);
            Double above = loaded.higher(ratedKw);
            return EfficiencyCheck.noValues(
                    reference + " 表1 无 " + rating + " 这一额定功率（相邻：" + (below == null ? "—" : EfficiencyCheck.plain(below))
                            + " kW 与 " + (above == null ? "—" : EfficiencyCheck.plain(above))
                            + " kW）；不插值，须由监察人员判定",
                    List.of(edition.basis()));
        }
        IndicatorGrade indicator =
                IndicatorGrade.grade("efficiency", "效率", "%", true, q.efficiencyPercent(), limits.clone());
        List<Basis> basis = new ArrayList<>();
        for (Basis b : bases.get(key)) {
            if (!basis.contains(b)) {
                basis.add(b);
            }
        }
        return EfficiencyCheck.graded(
                List.of(indicator),
                List.of(reference + " 表1 " + rating + "：" + EfficiencyCheck.describe(indicator)),
                basis);
    }

    private EfficiencyCheck outOfScope(String reference, double ratedKw, int poles) {
        EquipmentScope.Value min = scope.one(EquipmentType.MOTOR, reference, "min_rated_kw");
        EquipmentScope.Value max = scope.one(EquipmentType.MOTOR, reference, "max_rated_kw");
        TreeSet<Integer> covered = new TreeSet<>();
        List<EquipmentScope.Value> poleRows = scope.of(EquipmentType.MOTOR, reference, "poles");
        poleRows.forEach(v -> covered.add((int) v.value()));
        if (min != null && ratedKw < min.value() || max != null && ratedKw > max.value()) {
            return EfficiencyCheck.outOfScope(
                    EfficiencyCheck.plain(ratedKw) + " kW 不在 " + reference + " 的适用范围内（"
                            + EfficiencyCheck.plain(min == null ? null : min.value()) + "～"
                            + EfficiencyCheck.plain(max == null ? null : max.value()) + " kW）",
                    List.of((min != null ? min : max).basis()));
        }
        if (!covered.isEmpty() && !covered.contains(poles)) {
            return EfficiencyCheck.outOfScope(
                    poles + " 极电动机不在 " + reference + " 的适用范围内（极数 " + covered + "）",
                    List.of(poleRows.getFirst().basis()));
        }
        return null;
    }
}
