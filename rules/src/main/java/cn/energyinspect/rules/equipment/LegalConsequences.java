package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.List;

/** Articles of the 节约能源法 an outcome engages (legal-consequences.csv), for the referral step. */
final class LegalConsequences {
    private record Consequence(String outcome, String text, Basis basis) {}

    private final List<Consequence> consequences;

    private LegalConsequences(List<Consequence> consequences) {
        this.consequences = List.copyOf(consequences);
    }

    static LegalConsequences load(String resource) {
        List<Consequence> consequences = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            consequences.add(new Consequence(row.get("outcome"), row.get("consequence"), row.basis()));
        }
        return new LegalConsequences(consequences);
    }

    void addTo(String outcome, List<String> reasons, List<Basis> basis) {
        for (Consequence consequence : consequences) {
            if (consequence.outcome().equals(outcome)) {
                reasons.add(consequence.basis().reference() + " "
                        + consequence.basis().clause() + ": " + consequence.text());
                basis.add(consequence.basis());
            }
        }
    }
}
