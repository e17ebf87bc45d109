package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * An equipment type as the catalogue lists it: its Chinese name, the editions of its efficiency standard known (with
 * whether their values are loaded), and the fields a check needs.
 *
 * @param editions every known edition, oldest first; an edition without loaded values grades as NO_VALUES_LOADED
 * @param loadedEditions the references of the editions whose values are loaded, e.g. {@code GB 20052-2024}
 */
public record EquipmentTypeInfo(
        String type,
        String nameZh,
        List<Basis> editions,
        List<String> loadedEditions,
        List<EquipmentField> fields,
        String note) {

    public EquipmentTypeInfo {
        editions = List.copyOf(editions);
        loadedEditions = List.copyOf(loadedEditions);
        fields = List.copyOf(fields);
    }
}
