package cn.energyinspect.rules.equipment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One graded indicator with the numbers compared: the measured value and the grade 1, 2 and 3 limits it was held
 * against.
 *
 * @param indicator API code, e.g. {@code efficiency}, {@code noLoadLoss}, {@code specificPower}, {@code pue}
 * @param nameZh its Chinese name, e.g. {@code 空载损耗}
 * @param unit e.g. {@code %} or {@code kW}
 * @param higherIsBetter {@code true} for efficiencies (value ≥ limit), {@code false} for losses, specific power and PUE
 *     (value ≤ limit)
 * @param actual the value given (or computed from the values given, e.g. a data centre's electricity ratio)
 * @param limits limits of grades 1, 2 and 3 in that order; grade 3 is the 能效限定值; {@code null} where the standard
 *     defines no value for that grade ("—")
 * @param grade the best grade reached, or {@code null} when the grade-3 limit is not met
 */
public record IndicatorGrade(
        String indicator,
        String nameZh,
        String unit,
        boolean higherIsBetter,
        double actual,
        List<Double> limits,
        Integer grade) {

    public IndicatorGrade {
        limits = Collections.unmodifiableList(new ArrayList<>(limits));
    }

    public boolean belowLimit() {
        return grade == null;
    }

    /** Grades {@code actual} against {@code limits} (index 0..2 = grades 1..3; {@code NaN} = undefined, skipped). */
    static IndicatorGrade grade(
            String indicator, String nameZh, String unit, boolean higherIsBetter, double actual, double[] limits) {
        Integer grade = null;
        for (int g = 0; g < limits.length && grade == null; g++) {
            if (Double.isNaN(limits[g])) {
                continue;
            }
            boolean reaches = higherIsBetter ? actual >= limits[g] : actual <= limits[g];
            if (reaches) {
                grade = g + 1;
            }
        }
        List<Double> boxed = new ArrayList<>(3);
        for (double limit : limits) {
            boxed.add(Double.isNaN(limit) ? null : limit);
        }
        return new IndicatorGrade(indicator, nameZh, unit, higherIsBetter, actual, boxed, grade);
    }
}
