package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * Conformity of one piece of equipment: its efficiency grade and whether it is on an elimination catalogue.
 *
 * @param efficiency how the efficiency check ended
 * @param grade 1, 2 or 3 when graded (for transformers the worse of the two losses), otherwise {@code null}
 * @param belowLimit worse than the 能效限定值 (grade 3)
 * @param eliminated outcome of the elimination catalogue
 * @param indicators the numbers compared, one per graded indicator
 * @param reasons what was decided and why, in words an inspector can act on
 * @param basis every standard, catalogue entry or article the result rests on
 * @param unconfirmed {@code true} when any of that rests on an UNCONFIRMED value, or on the incomplete catalogue extract
 */
public record EquipmentResult(
        EfficiencyOutcome efficiency,
        Integer grade,
        boolean belowLimit,
        Elimination eliminated,
        List<IndicatorGrade> indicators,
        List<String> reasons,
        List<Basis> basis,
        boolean unconfirmed) {

    public EquipmentResult {
        indicators = List.copyOf(indicators);
        reasons = List.copyOf(reasons);
        basis = List.copyOf(basis);
    }
}
