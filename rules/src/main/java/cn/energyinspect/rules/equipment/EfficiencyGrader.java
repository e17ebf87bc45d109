package cn.energyinspect.rules.equipment;

/**
 * Grades one type of equipment against the loaded values of one edition of its standard. A grader answers
 * NO_VALUES_LOADED or OUT_OF_SCOPE as results; it throws {@link cn.energyinspect.rules.basis.InvalidInputException} only
 * for a field the table needs that the query left out or gave wrongly.
 */
interface EfficiencyGrader {
    EfficiencyCheck grade(EquipmentQuery query, Editions.Edition edition);
}
