package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * GB 20052 maximum no-load loss P0 and load loss Pk per grade (transformer-losses.csv). Each loss is graded on its own
 * and the worse grade decides: a unit reaches a grade only if both losses are within it (regulations.md §5.2; the
 * "both" wording is UNCONFIRMED).
 */
final class TransformerLossTable {
    static final Set<String> INSULATIONS = Set.of("OIL", "DRY");
    static final Set<String> CORE_MATERIALS = Set.of("ELECTRICAL_STEEL", "AMORPHOUS_ALLOY");

    private record Limit(
            String edition,
            double voltageKv,
            String insulation,
            String coreMaterial,
            double ratedKva,
            String loss,
            int grade,
            double maxKw,
            Basis basis) {}

    private final List<Limit> limits;

    private TransformerLossTable(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    static TransformerLossTable load(String resource) {
        List<Limit> limits = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            limits.add(new Limit(
                    basis.reference(),
                    row.decimal("voltage_kv"),
                    row.get("insulation"),
                    row.get("core_material"),
                    row.decimal("rated_kva"),
                    row.get("loss"),
                    (int) row.decimal("grade"),
                    row.decimal("max_loss_kw"),
                    basis));
        }
        return new TransformerLossTable(limits);
    }

    EfficiencyCheck grade(
            double ratedKva,
            double voltageKv,
            String insulation,
            String coreMaterial,
            double noLoadLossKw,
            double loadLossKw,
            LocalDate date,
            Editions editions) {
        Editions.Edition edition = editions.inForce(EquipmentType.TRANSFORMER, date);
        if (edition == null || !edition.valuesLoaded()) {
            return editions.noValues(EquipmentType.TRANSFORMER, date);
        }
        String reference = edition.basis().reference();
        double[] noLoad = new double[3];
        double[] load = new double[3];
        List<Basis> basis = new ArrayList<>();
        int found = 0;
        for (Limit limit : limits) {
            if (limit.edition().equals(reference)
                    && same(limit.voltageKv(), voltageKv)
                    && limit.insulation().equals(insulation)
                    && limit.coreMaterial().equals(coreMaterial)
                    && same(limit.ratedKva(), ratedKva)) {
                (limit.loss().equals("NO_LOAD") ? noLoad : load)[limit.grade() - 1] = limit.maxKw();
                if (!basis.contains(limit.basis())) {
                    basis.add(limit.basis());
                }
                found++;
            }
        }
        String unit = voltageKv + " kV " + insulation + " " + coreMaterial + " " + ratedKva + " kVA";
        if (found < 6) {
            return EfficiencyCheck.noValues(
                    "no " + reference + " values are loaded for a " + unit + " transformer (loaded: "
                            + loaded(reference) + "); not graded",
                    List.of(edition.basis()));
        }
        IndicatorGrade p0 = IndicatorGrade.grade("noLoadLoss", "kW", false, noLoadLossKw, noLoad);
        IndicatorGrade pk = IndicatorGrade.grade("loadLoss", "kW", false, loadLossKw, load);
        List<String> reasons = List.of(
                reference + " " + unit + ": " + EfficiencyCheck.describe(p0),
                reference + " " + unit + ": " + EfficiencyCheck.describe(pk),
                "the worse of the two losses decides the grade");
        return EfficiencyCheck.graded(List.of(p0, pk), reasons, basis);
    }

    private String loaded(String reference) {
        TreeSet<String> units = new TreeSet<>();
        for (Limit limit : limits) {
            if (limit.edition().equals(reference)) {
                units.add(limit.voltageKv() + " kV " + limit.insulation() + " " + limit.coreMaterial() + " "
                        + limit.ratedKva() + " kVA");
            }
        }
        return units.isEmpty() ? "none" : String.join("; ", units);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }
}
