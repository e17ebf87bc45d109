package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The efficiency half of a conformity result. Reasons are in Chinese: they reach findings and documents. */
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

    /** {@code 效率 92 % → 3 级（1/2/3 级须 ≥ 94.6 / 93.3 / 91.4 %）} or the 能效限定值 failure. */
    static String describe(IndicatorGrade indicator) {
        String comparison = indicator.higherIsBetter() ? "≥" : "≤";
        List<Double> l = indicator.limits();
        String unit = indicator.unit().isEmpty() ? "" : " " + indicator.unit();
        String limits = plain(l.get(0)) + " / " + plain(l.get(1)) + " / " + plain(l.get(2)) + unit;
        String value = indicator.nameZh() + " " + plain(indicator.actual()) + unit;
        if (indicator.belowLimit()) {
            return value + " 未达到能效限定值（3 级须 " + comparison + " " + plain(l.get(2)) + unit + "；1/2/3 级：" + limits + "）";
        }
        return value + " → " + indicator.grade() + " 级（1/2/3 级须 " + comparison + " " + limits + "）";
    }

    /** A number as people write it: no trailing zeros, at most three decimals; {@code —} for an undefined limit. */
    static String plain(Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        return BigDecimal.valueOf(value)
                .setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
