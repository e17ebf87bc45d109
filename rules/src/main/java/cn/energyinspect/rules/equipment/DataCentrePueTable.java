package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.List;

/**
 * GB 40879 data-centre electricity ratio (数据中心电能比, PUE-type; data-centre-pue.csv): grade 1 / 2 / 3 maxima, "≤";
 * grade 3 is the 能效限定值. The ratio is the measured one given, or R = E / E_IT from the period's metered totals
 * ({@link #electricityRatio}, clause 6.3.2 method b). Edge data centres (≤ 100 standard racks) are out of scope.
 */
final class DataCentrePueTable implements EfficiencyGrader {
    private record Limit(String edition, int grade, double maxRatio, Basis basis) {}

    private final List<Limit> limits;
    private final EquipmentScope scope;

    private DataCentrePueTable(List<Limit> limits, EquipmentScope scope) {
        this.limits = List.copyOf(limits);
        this.scope = scope;
    }

    static DataCentrePueTable load(String resource, EquipmentScope scope) {
        List<Limit> limits = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            limits.add(new Limit(basis.reference(), (int) row.decimal("grade"), row.decimal("max_ratio"), basis));
        }
        return new DataCentrePueTable(limits, scope);
    }

    /** GB 40879-2021 6.3.2 method (b): R = E / E_IT, the period's total and IT-equipment electricity. */
    static double electricityRatio(double totalElectricityKwh, double itElectricityKwh) {
        return totalElectricityKwh / itElectricityKwh;
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        EquipmentScope.Value edge = scope.one(EquipmentType.DATA_CENTRE, reference, "edge_max_racks");
        if (edge != null && q.standardRacks() != null && q.standardRacks() <= edge.value()) {
            return EfficiencyCheck.outOfScope(
                    q.standardRacks() + " 个标准机架：边缘数据中心（≤ " + EfficiencyCheck.plain(edge.value()) + " 个），不适用 "
                            + reference,
                    List.of(edge.basis()));
        }
        boolean computed = q.pue() == null;
        double ratio = computed ? electricityRatio(q.totalElectricityKwh(), q.itElectricityKwh()) : q.pue();
        double[] max = {Double.NaN, Double.NaN, Double.NaN};
        List<Basis> basis = new ArrayList<>();
        for (Limit limit : limits) {
            if (limit.edition().equals(reference)) {
                max[limit.grade() - 1] = limit.maxRatio();
                if (!basis.contains(limit.basis())) {
                    basis.add(limit.basis());
                }
            }
        }
        if (Double.isNaN(max[2])) {
            return EfficiencyCheck.noValues(reference + " 的能效限定值未载入；须由监察人员判定", List.of(edition.basis()));
        }
        IndicatorGrade indicator = IndicatorGrade.grade("pue", "数据中心电能比", "", false, ratio, max);
        String how = computed
                ? "（E / E_IT = " + EfficiencyCheck.plain(q.totalElectricityKwh()) + " / "
                        + EfficiencyCheck.plain(q.itElectricityKwh()) + " kWh）"
                : "（实测值）";
        return EfficiencyCheck.graded(
                List.of(indicator), List.of(reference + " " + EfficiencyCheck.describe(indicator) + how), basis);
    }
}
