package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleFunction;

/**
 * Grades one table row at each of its grade limits and just beyond the limit value, against limits typed into the test
 * from the reference, so a wrong or shifted value in the data files fails the test.
 */
final class EquipmentBoundaries {
    private static final double STEP = 0.001;

    private EquipmentBoundaries() {}

    /**
     * {@code check} grades the equipment with the given value of the graded indicator; {@code higherIsBetter} for
     * efficiencies. At each defined limit the grade is the best one reached (equal to the limit is compliant); one step
     * on the wrong side of grade 3 is below the 能效限定值.
     */
    static void assertLimits(
            DoubleFunction<EquipmentResult> check,
            boolean higherIsBetter,
            Double grade1,
            Double grade2,
            Double grade3) {
        Double[] limits = {null, grade1, grade2, grade3};
        for (int g = 1; g <= 3; g++) {
            if (limits[g] == null) {
                continue;
            }
            EquipmentResult at = check.apply(limits[g]);
            assertThat(at.efficiency())
                    .as("at the grade-%d limit %s", g, limits[g])
                    .isEqualTo(EfficiencyOutcome.GRADED);
            assertThat(at.indicators()).anySatisfy(i -> assertThat(i.limits()).containsExactly(grade1, grade2, grade3));
            assertThat(at.grade())
                    .as("at the grade-%d limit %s", g, limits[g])
                    .isEqualTo(best(limits, limits[g], higherIsBetter));
        }
        EquipmentResult beyond = check.apply(higherIsBetter ? grade3 - STEP : grade3 + STEP);
        assertThat(beyond.efficiency()).as("just beyond the 能效限定值 %s", grade3).isEqualTo(EfficiencyOutcome.BELOW_LIMIT);
        assertThat(beyond.belowLimit()).isTrue();
        assertThat(beyond.grade()).isNull();
    }

    private static Integer best(Double[] limits, double value, boolean higherIsBetter) {
        for (int g = 1; g <= 3; g++) {
            if (limits[g] != null && (higherIsBetter ? value >= limits[g] : value <= limits[g])) {
                return g;
            }
        }
        return null;
    }
}
