package cn.energyinspect.rules.capacity;

import static cn.energyinspect.rules.capacity.CapacityReplacementRegulationCasesTest.PLAN_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacityReplacementInputTest {
    private final CapacityReplacement replacement = CapacityReplacement.standard();

    private List<String> violatedFields(CapacityReplacementRequest request) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> replacement.check(request));
        assertThat(e).as("expected InvalidInputException").isNotNull();
        return e.violations().stream().map(Violation::field).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "'unknown industry (aluminium has no ratios loaded)'; ALUMINIUM; 130200; 1200000; 1500000; 130200; ; ; industry",
                "'negative new capacity'; STEEL; 130200; -1; 1500000; 130200; ; ; newCapacity",
                "'zero exit capacity'; STEEL; 130200; 1200000; 0; 130200; ; ; exitCapacities[0].capacity",
                "'five-digit region code'; STEEL; 13020; 1200000; 1500000; 130200; ; ; regionCode",
                "'region code starting 00'; STEEL; 001200; 1200000; 1500000; 130200; ; ; regionCode",
                "'malformed exit region'; STEEL; 130200; 1200000; 1500000; 13O200; ; ; exitCapacities[0].regionCode",
                "'unknown flag'; STEEL; 130200; 1200000; 1500000; 130200; STOLEN; ; exitCapacities[0].flags[0]",
                "'steel-only flag on clinker'; CEMENT_CLINKER; 320000; 1200000; 1500000; 320000; MERGER_COMPLETED; ; exitCapacities[0].flags[0]",
                "'unknown process type'; FLAT_GLASS; 330000; 1000; 1200; 330000; ; FLOAT_GLASS; processType",
                "'steel process type on glass'; FLAT_GLASS; 330000; 1000; 1200; 330000; ; EAF_TO_EAF; processType"
            })
    void malformed_plans_are_violations_not_decisions(
            String regulation,
            String industry,
            String region,
            double newCapacity,
            double exit,
            String exitRegion,
            String flag,
            String processType,
            String field) {
        List<String> flags = flag == null ? List.of() : List.of(flag);
        CapacityReplacementRequest request = new CapacityReplacementRequest(
                industry,
                region,
                newCapacity,
                List.of(new ExitCapacity(exit, exitRegion, flags)),
                processType,
                null,
                PLAN_DATE);

        assertThat(violatedFields(request)).containsExactly(field);
    }

    @Test
    void every_problem_is_listed_at_once() {
        CapacityReplacementRequest request = new CapacityReplacementRequest(
                null, null, null, Arrays.asList(new ExitCapacity(-5.0, "130200", List.of()), null), null, null, null);

        assertThat(violatedFields(request))
                .containsExactly(
                        "industry",
                        "regionCode",
                        "newCapacity",
                        "date",
                        "exitCapacities[0].capacity",
                        "exitCapacities[1]");
    }
}
