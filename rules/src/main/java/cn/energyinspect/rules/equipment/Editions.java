package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editions of each equipment standard known to the brief, and whether their values are loaded (editions.csv). */
final class Editions {
    record Edition(EquipmentType type, boolean valuesLoaded, Basis basis) {}

    private final List<Edition> editions;

    private Editions(List<Edition> editions) {
        this.editions = List.copyOf(editions);
    }

    static Editions load(String resource) {
        List<Edition> editions = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            editions.add(new Edition(
                    EquipmentType.valueOf(row.get("equipment_type")),
                    Boolean.parseBoolean(row.get("values_loaded")),
                    row.basis()));
        }
        return new Editions(editions);
    }

    /** The edition of {@code type}'s standard in force on {@code date}, or {@code null} when none is known. */
    Edition inForce(EquipmentType type, LocalDate date) {
        for (Edition edition : editions) {
            if (edition.type() == type && edition.basis().inForceOn(date)) {
                return edition;
            }
        }
        return null;
    }

    /** Human list of the editions known for {@code type}, e.g. "GB 20052-2020 (2021-06-01 to 2025-01-31)". */
    String known(EquipmentType type) {
        StringBuilder text = new StringBuilder();
        for (Edition edition : editions) {
            if (edition.type() != type) {
                continue;
            }
            Basis b = edition.basis();
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(b.reference())
                    .append(" (")
                    .append(b.effectiveFrom() == null ? "start not given" : "from " + b.effectiveFrom())
                    .append(b.effectiveTo() == null ? "" : " to " + b.effectiveTo())
                    .append(edition.valuesLoaded() ? "" : ", values not loaded")
                    .append(')');
        }
        return text.isEmpty() ? "none" : text.toString();
    }

    /** The outcome when {@code type} cannot be graded on {@code date} for want of an edition or of its values. */
    EfficiencyCheck noValues(EquipmentType type, LocalDate date) {
        Edition edition = inForce(type, date);
        if (edition == null) {
            return EfficiencyCheck.noValues(
                    "no edition of the " + type + " efficiency standard is loaded for " + date + "; known: "
                            + known(type),
                    List.of());
        }
        return EfficiencyCheck.noValues(
                "no " + edition.basis().reference() + " values are loaded (in force on " + date + "); not graded",
                List.of(edition.basis()));
    }
}
