package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.List;

/** The scope limits of the equipment standards (scope.csv): rated-power bounds, covered poles, pressure, racks. */
final class EquipmentScope {
    record Value(EquipmentType type, String edition, String parameter, double value, Basis basis) {}

    private final List<Value> values;

    private EquipmentScope(List<Value> values) {
        this.values = List.copyOf(values);
    }

    static EquipmentScope load(String resource) {
        List<Value> values = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            values.add(new Value(
                    EquipmentType.valueOf(row.get("equipment_type")),
                    basis.reference(),
                    row.get("parameter"),
                    row.decimal("value"),
                    basis));
        }
        return new EquipmentScope(values);
    }

    /** The values of {@code parameter} for {@code type} under {@code edition} (e.g. every covered pole count). */
    List<Value> of(EquipmentType type, String edition, String parameter) {
        List<Value> list = new ArrayList<>();
        for (Value value : values) {
            if (value.type() == type
                    && value.edition().equals(edition)
                    && value.parameter().equals(parameter)) {
                list.add(value);
            }
        }
        return list;
    }

    /** The single value of {@code parameter}, or {@code null}. */
    Value one(EquipmentType type, String edition, String parameter) {
        List<Value> list = of(type, edition, parameter);
        return list.isEmpty() ? null : list.getFirst();
    }
}
