package cn.energyinspect.rules.equipment;

import java.util.List;

/**
 * One field of {@link EquipmentQuery} as a form or API client needs to know it for one equipment type.
 *
 * @param name the query field, e.g. {@code machineNumber}
 * @param nameZh its Chinese label, e.g. {@code 机号}
 * @param unit e.g. {@code kW}; empty when dimensionless or text
 * @param use {@code GRADING} (the efficiency standard needs it), {@code CATALOGUE} (the elimination catalogue), or {@code
 *     BOTH}
 * @param required whether grading needs it always ({@code false}: only in some cases, see {@code description})
 * @param values the accepted values of a text field, otherwise empty
 */
public record EquipmentField(
        String name,
        String nameZh,
        String unit,
        String use,
        boolean required,
        List<String> values,
        String description) {

    public EquipmentField {
        values = List.copyOf(values);
    }
}
