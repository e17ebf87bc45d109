package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/** The efficiency half of a conformity result. */
record EfficiencyCheck(
        EfficiencyOutcome outcome,
        Integer grade,
        List<IndicatorGrade> indicators,
        List<String> reasons,
        List<Basis> basis) {

    static EfficiencyCheck notChecked(String reason) {
        return new EfficiencyCheck(EfficiencyOutcome.NOT_CHECKED, null, List.of(), List.of(reason), List.of());
    }

    static EfficiencyCheck noValues(String reason, List<Basis> basis) {
        return new EfficiencyCheck(EfficiencyOutcome.NO_VALUES_LOADED, null, List.of(), List.of(reason), basis);
    }

    static EfficiencyCheck outOfScope(String reason, List<Basis> basis) {
        return new EfficiencyCheck(EfficiencyOutcome.OUT_OF_SCOPE, null, List.of(), List.of(reason), basis);
    }

    /** Grades from indicators: the worst indicator decides; any indicator below grade 3 makes the whole below limit. */
    static EfficiencyCheck graded(List<IndicatorGrade> indicators, List<String> reasons, List<Basis> basis) {
        Integer worst = 0;
        for (IndicatorGrade indicator : indicators) {
            if (indicator.belowLimit()) {
                worst = null;
                break;
            }
            worst = Math.max(worst, indicator.grade());
        }
        EfficiencyOutcome outcome = worst == null ? EfficiencyOutcome.BELOW_LIMIT : EfficiencyOutcome.GRADED;
        return new EfficiencyCheck(outcome, worst, indicators, reasons, basis);
    }

    static String describe(IndicatorGrade indicator) {
        String comparison = indicator.higherIsBetter() ? "≥" : "≤";
        String limits = indicator.limits().get(0) + " / " + indicator.limits().get(1) + " / "
                + indicator.limits().get(2) + " " + indicator.unit();
        if (indicator.belowLimit()) {
            return indicator.indicator() + " " + indicator.actual() + " " + indicator.unit()
                    + " fails the 能效限定值 (grade 3 needs " + comparison + " "
                    + indicator.limits().get(2) + " "
                    + indicator.unit() + "; grades 1/2/3: " + limits + ")";
        }
        return indicator.indicator() + " " + indicator.actual() + " " + indicator.unit() + " → grade "
                + indicator.grade() + " (grades 1/2/3 need " + comparison + " " + limits + ")";
    }
}
