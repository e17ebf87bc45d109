package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editions of each equipment standard known, and whether their values are loaded (editions.csv). */
final class Editions {
    record Edition(EquipmentType type, boolean valuesLoaded, Basis basis) {}

    private final List<Edition> editions;

    private Editions(List<Edition> editions) {
        this.editions = List.copyOf(editions);
    }

    static Editions load(String resource) {
        List<Edition> editions = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Edition edition = new Edition(
                    EquipmentType.valueOf(row.get("equipment_type")),
                    Boolean.parseBoolean(row.get("values_loaded")),
                    row.basis());
            for (Edition other : editions) {
                if (other.type() == edition.type() && overlap(other.basis(), edition.basis())) {
                    throw new IllegalStateException(
                            row.where() + ": overlaps " + other.basis().reference());
                }
            }
            editions.add(edition);
        }
        return new Editions(editions);
    }

    private static boolean overlap(Basis a, Basis b) {
        LocalDate aFrom = a.effectiveFrom() == null ? LocalDate.MIN : a.effectiveFrom();
        LocalDate aTo = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
        LocalDate bFrom = b.effectiveFrom() == null ? LocalDate.MIN : b.effectiveFrom();
        LocalDate bTo = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
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

    /** Every known edition of {@code type}, oldest first as in the file. */
    List<Basis> of(EquipmentType type) {
        List<Basis> list = new ArrayList<>();
        for (Edition edition : editions) {
            if (edition.type() == type) {
                list.add(edition.basis());
            }
        }
        return list;
    }

    /** The references of the editions of {@code type} whose values are loaded. */
    List<String> loaded(EquipmentType type) {
        List<String> list = new ArrayList<>();
        for (Edition edition : editions) {
            if (edition.type() == type && edition.valuesLoaded()) {
                list.add(edition.basis().reference());
            }
        }
        return list;
    }

    /** Human list of the editions known for {@code type}, e.g. "GB 20052-2020（2021-06-01 至 2025-01-31，限值未载入）". */
    String known(EquipmentType type) {
        StringBuilder text = new StringBuilder();
        for (Edition edition : editions) {
            if (edition.type() != type) {
                continue;
            }
            Basis b = edition.basis();
            if (!text.isEmpty()) {
                text.append("，");
            }
            text.append(b.reference()).append("（");
            if (b.effectiveFrom() == null) {
                text.append(b.effectiveTo() == null ? "日期未载入" : "至 " + b.effectiveTo());
            } else {
                text.append(b.effectiveFrom()).append(b.effectiveTo() == null ? " 起" : " 至 " + b.effectiveTo());
            }
            text.append(edition.valuesLoaded() ? "" : "，限值未载入").append('）');
        }
        return text.isEmpty() ? "无" : text.toString();
    }

    /** The outcome when {@code type} cannot be graded on {@code date} for want of an edition or of its values. */
    EfficiencyCheck noValues(EquipmentType type, LocalDate date) {
        Edition edition = inForce(type, date);
        if (edition == null) {
            return EfficiencyCheck.noValues(
                    "未载入 " + date + " 适用的" + type.nameZh() + "能效标准版本（已知：" + known(type) + "）；须由监察人员判定", List.of());
        }
        return EfficiencyCheck.noValues(
                edition.basis().reference() + " 于 " + date + " 有效，但其限值未载入；须由监察人员按该版本判定，不得套用其他版本",
                List.of(edition.basis()));
    }
}
