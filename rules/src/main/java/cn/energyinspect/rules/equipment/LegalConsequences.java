package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles of the 节约能源法 an outcome engages (legal-consequences.csv), for the referral step. A row with an
 * equipment_type applies to that type only, and such a type takes only its own rows; rows without one apply to the rest.
 */
final class LegalConsequences {
    private record Consequence(String outcome, EquipmentType type, String text, Basis basis) {}

    private final List<Consequence> consequences;

    private LegalConsequences(List<Consequence> consequences) {
        this.consequences = List.copyOf(consequences);
    }

    static LegalConsequences load(String resource) {
        List<Consequence> consequences = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            consequences.add(new Consequence(
                    row.get("outcome"),
                    row.isBlank("equipment_type") ? null : EquipmentType.valueOf(row.get("equipment_type")),
                    row.get("consequence"),
                    row.basis()));
        }
        return new LegalConsequences(consequences);
    }

    void addTo(String outcome, EquipmentType type, List<String> reasons, List<Basis> basis) {
        boolean own = consequences.stream().anyMatch(c -> c.outcome().equals(outcome) && c.type() == type);
        for (Consequence consequence : consequences) {
            if (consequence.outcome().equals(outcome)
                    && (own ? consequence.type() == type : consequence.type() == null)) {
                reasons.add(consequence.basis().reference() + " "
                        + consequence.basis().clause() + "：" + consequence.text());
                basis.add(consequence.basis());
            }
        }
    }
}
