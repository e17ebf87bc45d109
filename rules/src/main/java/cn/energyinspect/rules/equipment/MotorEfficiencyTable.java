package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * GB 18613 minimum efficiencies by rated power, poles and grade (motor-efficiency.csv), with the standard's scope
 * (motor-scope.csv). Only exactly tabulated ratings are graded; see package-info.java for why there is no
 * interpolation.
 */
final class MotorEfficiencyTable {
    private record Limit(String edition, double ratedKw, int poles, int grade, double minPercent, Basis basis) {}

    private record ScopeValue(String edition, String parameter, double value, Basis basis) {}

    private final List<Limit> limits;
    private final List<ScopeValue> scope;

    private MotorEfficiencyTable(List<Limit> limits, List<ScopeValue> scope) {
        this.limits = List.copyOf(limits);
        this.scope = List.copyOf(scope);
    }

    static MotorEfficiencyTable load(String limitsResource, String scopeResource) {
        List<Limit> limits = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(limitsResource).rows()) {
            Basis basis = row.basis();
            limits.add(new Limit(
                    basis.reference(),
                    row.decimal("rated_kw"),
                    (int) row.decimal("poles"),
                    (int) row.decimal("grade"),
                    row.decimal("min_efficiency_percent"),
                    basis));
        }
        List<ScopeValue> scope = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(scopeResource).rows()) {
            Basis basis = row.basis();
            scope.add(new ScopeValue(basis.reference(), row.get("parameter"), row.decimal("value"), basis));
        }
        return new MotorEfficiencyTable(limits, scope);
    }

    EfficiencyCheck grade(double ratedKw, int poles, double efficiencyPercent, LocalDate date, Editions editions) {
        Editions.Edition edition = editions.inForce(EquipmentType.MOTOR, date);
        if (edition == null || !edition.valuesLoaded()) {
            return editions.noValues(EquipmentType.MOTOR, date);
        }
        String reference = edition.basis().reference();
        EfficiencyCheck outOfScope = outOfScope(reference, ratedKw, poles);
        if (outOfScope != null) {
            return outOfScope;
        }
        double[] minimums = new double[3];
        Basis basis = null;
        int found = 0;
        for (Limit limit : limits) {
            if (limit.edition().equals(reference) && limit.poles() == poles && same(limit.ratedKw(), ratedKw)) {
                minimums[limit.grade() - 1] = limit.minPercent();
                basis = limit.basis();
                found++;
            }
        }
        if (found < 3) {
            return EfficiencyCheck.noValues(
                    "no " + reference + " values are loaded for " + ratedKw + " kW " + poles + "-pole motors (loaded "
                            + poles + "-pole ratings: " + loadedRatings(reference, poles) + " kW); not graded, no"
                            + " interpolation: grade against the full Table 1",
                    List.of(edition.basis()));
        }
        IndicatorGrade indicator = IndicatorGrade.grade("efficiency", "%", true, efficiencyPercent, minimums);
        return EfficiencyCheck.graded(
                List.of(indicator),
                List.of(reference + " " + ratedKw + " kW " + poles + "-pole: " + EfficiencyCheck.describe(indicator)),
                List.of(basis));
    }

    private EfficiencyCheck outOfScope(String reference, double ratedKw, int poles) {
        Double min = null;
        Double max = null;
        boolean polesCovered = false;
        List<Basis> basis = new ArrayList<>();
        TreeSet<Integer> covered = new TreeSet<>();
        for (ScopeValue value : scope) {
            if (!value.edition().equals(reference)) {
                continue;
            }
            switch (value.parameter()) {
                case "min_rated_kw" -> min = value.value();
                case "max_rated_kw" -> max = value.value();
                case "poles" -> {
                    covered.add((int) value.value());
                    polesCovered |= (int) value.value() == poles;
                }
                default -> throw new IllegalStateException("unknown motor scope parameter " + value.parameter());
            }
            if (basis.isEmpty()) {
                basis.add(value.basis());
            }
        }
        if (min != null && ratedKw < min || max != null && ratedKw > max) {
            return EfficiencyCheck.outOfScope(
                    ratedKw + " kW is outside the scope of " + reference + " (" + min + " to " + max + " kW)", basis);
        }
        if (!covered.isEmpty() && !polesCovered) {
            return EfficiencyCheck.outOfScope(
                    poles + "-pole motors are outside the scope of " + reference + " (poles " + covered + ")", basis);
        }
        return null;
    }

    private String loadedRatings(String reference, int poles) {
        TreeSet<Double> ratings = new TreeSet<>();
        for (Limit limit : limits) {
            if (limit.edition().equals(reference) && limit.poles() == poles) {
                ratings.add(limit.ratedKw());
            }
        }
        return ratings.isEmpty() ? "none" : ratings.toString();
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }
}
