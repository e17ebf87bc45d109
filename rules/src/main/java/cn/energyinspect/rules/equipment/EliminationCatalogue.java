package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries of the elimination catalogues (elimination-catalogue.csv): a bounded model regex plus extra conditions.
 * ELIMINATED needs the model (or, for boilers, the fuel) and every condition; a condition that cannot be decided from
 * the input gives SUSPECTED.
 */
final class EliminationCatalogue {
    private record Entry(
            String id,
            EquipmentType type,
            String description,
            Pattern model,
            Double frameMin,
            Double frameMax,
            Double voltageMax,
            List<Integer> voltages,
            String fuel,
            Double capacityMaxTph,
            boolean fixedGrate,
            String reason,
            Basis basis) {}

    /** Catalogue outcome with its reasons and basis. */
    record Match(Elimination outcome, List<String> reasons, List<Basis> basis, boolean extractOnly) {}

    private final List<Entry> entries;

    private EliminationCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static EliminationCatalogue load(String resource) {
        List<Entry> entries = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            List<Integer> voltages = new ArrayList<>();
            if (!row.isBlank("voltages_v")) {
                for (String volts : row.get("voltages_v").split("\\|")) {
                    voltages.add(Integer.valueOf(volts.trim()));
                }
            }
            entries.add(new Entry(
                    row.get("entry_id"),
                    EquipmentType.valueOf(row.get("equipment_type")),
                    row.get("description"),
                    row.isBlank("model_pattern") ? null : Pattern.compile(row.get("model_pattern")),
                    row.decimalOrNull("frame_min_mm"),
                    row.decimalOrNull("frame_max_mm"),
                    row.decimalOrNull("voltage_max_v"),
                    List.copyOf(voltages),
                    row.isBlank("fuel") ? null : row.get("fuel"),
                    row.decimalOrNull("capacity_max_tph"),
                    Boolean.parseBoolean(row.get("fixed_grate")),
                    row.get("reason"),
                    row.basis()));
        }
        return new EliminationCatalogue(entries);
    }

    private static final java.util.Map<String, String> FUELS = java.util.Map.of(
            "COAL", "燃煤",
            "BIOMASS", "燃生物质",
            "NATURAL_GAS", "燃天然气",
            "OIL", "燃油",
            "ELECTRICITY", "电加热",
            "OTHER", "其他燃料");

    Match match(EquipmentType type, EquipmentQuery query, String fuel) {
        String model = normalise(query.model());
        boolean hasIdentity = model != null || (type == EquipmentType.BOILER && fuel != null);
        if (!hasIdentity) {
            return new Match(Elimination.NOT_CHECKED, List.of("未核对淘汰目录：未记录型号"), List.of(), false);
        }
        List<String> eliminated = new ArrayList<>();
        List<Basis> eliminatedBasis = new ArrayList<>();
        List<String> suspected = new ArrayList<>();
        List<Basis> suspectedBasis = new ArrayList<>();
        int considered = 0;
        for (Entry entry : entries) {
            if (entry.type() != type || !entry.basis().inForceOn(query.date())) {
                continue;
            }
            considered++;
            List<String> missing = new ArrayList<>();
            Integer frame = query.frameSizeMm();
            if (entry.model() != null) {
                if (model == null) {
                    continue;
                }
                Matcher matcher = entry.model().matcher(model);
                if (!matcher.lookingAt()) {
                    continue;
                }
                if (frame == null && entry.model().pattern().contains("(?<frame>") && matcher.group("frame") != null) {
                    frame = Integer.valueOf(matcher.group("frame"));
                }
            }
            if (!conditionsHold(entry, query, frame, fuel, missing)) {
                continue;
            }
            String label = entry.description() + "（" + entry.basis().reference() + " "
                    + entry.basis().clause() + "）";
            if (missing.isEmpty()) {
                eliminated.add("列入淘汰目录：" + describe(query, frame, fuel) + " 属于" + label + "（" + entry.reason() + "）");
                eliminatedBasis.add(entry.basis());
            } else {
                suspected.add("疑似列入淘汰目录，须监察员核实：符合" + label + "，但未记录" + String.join("、", missing));
                suspectedBasis.add(entry.basis());
            }
        }
        if (!eliminated.isEmpty()) {
            return new Match(Elimination.ELIMINATED, eliminated, eliminatedBasis, false);
        }
        if (!suspected.isEmpty()) {
            return new Match(Elimination.SUSPECTED, suspected, suspectedBasis, false);
        }
        return new Match(
                Elimination.NOT_LISTED,
                List.of("未列入已载入的淘汰目录摘录（" + type.nameZh() + " " + considered + " 条，仅为示例条目，非工业和信息化部第一至四批完整目录）；须对照完整目录核实"),
                List.of(),
                true);
    }

    /** False on a definite mismatch; conditions that cannot be decided are added to {@code missing}. */
    private static boolean conditionsHold(
            Entry entry, EquipmentQuery query, Integer frame, String fuel, List<String> missing) {
        if (entry.frameMin() != null || entry.frameMax() != null) {
            if (frame == null) {
                missing.add("机座号（mm）");
            } else if (entry.frameMin() != null && frame < entry.frameMin()
                    || entry.frameMax() != null && frame > entry.frameMax()) {
                return false;
            }
        }
        if (entry.voltageMax() != null || !entry.voltages().isEmpty()) {
            Integer volts = query.ratedVoltageV();
            if (volts == null) {
                missing.add("额定电压（V）");
            } else if (entry.voltageMax() != null && volts > entry.voltageMax()
                    || !entry.voltages().isEmpty() && !entry.voltages().contains(volts)) {
                return false;
            }
        }
        if (entry.fuel() != null) {
            if (fuel == null) {
                missing.add("燃料");
            } else if (!entry.fuel().equals(fuel)) {
                return false;
            }
        }
        if (entry.capacityMaxTph() != null) {
            if (query.capacityTph() == null) {
                missing.add("额定蒸发量（t/h）");
            } else if (query.capacityTph() > entry.capacityMaxTph()) {
                return false;
            }
        }
        if (entry.fixedGrate()) {
            if (query.fixedGrate() == null) {
                missing.add("炉排型式（是否固定炉排）");
            } else if (!query.fixedGrate()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(EquipmentQuery query, Integer frame, String fuel) {
        StringBuilder text = new StringBuilder();
        if (query.model() != null && !query.model().isBlank()) {
            text.append("型号 ").append(query.model().trim());
        }
        append(text, frame == null ? null : "机座号 " + frame + " mm");
        append(text, query.ratedVoltageV() == null ? null : query.ratedVoltageV() + " V");
        append(text, fuel == null ? null : FUELS.getOrDefault(fuel, "燃料 " + fuel));
        append(text, query.capacityTph() == null ? null : query.capacityTph() + " t/h");
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            if (!text.isEmpty()) {
                text.append("，");
            }
            text.append(part);
        }
    }

    /** Upper case, no whitespace, full-width and typographic dashes folded to '-'. */
    static String normalise(String model) {
        if (model == null || model.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(model.length());
        for (int i = 0; i < model.length(); i++) {
            char c = model.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            text.append(c == '－' || c == '—' || c == '–' ? '-' : Character.toUpperCase(c));
        }
        return text.toString();
    }
}
