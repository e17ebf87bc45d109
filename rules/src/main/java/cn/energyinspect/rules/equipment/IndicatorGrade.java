package cn.energyinspect.rules.equipment;

import java.util.List;

/**
 * One graded indicator with the numbers compared: the measured value and the grade 1, 2 and 3 limits it was held
 * against.
 *
 * @param indicator e.g. {@code efficiency} or {@code noLoadLoss}
 * @param unit e.g. {@code %} or {@code kW}
 * @param higherIsBetter {@code true} for efficiency (value ≥ limit), {@code false} for losses (value ≤ limit)
 * @param actual the value given
 * @param limits limits of grades 1, 2 and 3 in that order; grade 3 is the 能效限定值
 * @param grade the best grade reached, or {@code null} when below the grade-3 limit
 */
public record IndicatorGrade(
        String indicator, String unit, boolean higherIsBetter, double actual, List<Double> limits, Integer grade) {

    public IndicatorGrade {
        limits = List.copyOf(limits);
    }

    public boolean belowLimit() {
        return grade == null;
    }

    static IndicatorGrade grade(String indicator, String unit, boolean higherIsBetter, double actual, double[] limits) {
        Integer grade = null;
        for (int g = 0; g < limits.length && grade == null; g++) {
            boolean reaches = higherIsBetter ? actual >= limits[g] : actual <= limits[g];
            if (reaches) {
                grade = g + 1;
            }
        }
        return new IndicatorGrade(
                indicator, unit, higherIsBetter, actual, List.of(limits[0], limits[1], limits[2]), grade);
    }
}
