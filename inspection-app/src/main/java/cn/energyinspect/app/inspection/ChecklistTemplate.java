package cn.energyinspect.app.inspection;

import java.util.List;

/**
 * A published version of a checklist template. A case keeps the version it started with, so editing a template (a new
 * version) never changes what an open case asks.
 */
public record ChecklistTemplate(
        long id, String code, int version, InspectionType inspectionType, String title, List<Item> items) {

    /**
     * One item. Kinds: {@code YES_NO}, {@code NUMBER} (with unit), {@code TEXT}, {@code QUOTA} (unit-consumption rows
     * graded by the rules library), {@code EQUIPMENT} (nameplate rows checked for efficiency and elimination), {@code
     * METER} (meter readings), {@code PHOTO} (evidence ids).
     *
     * @param lawArticle for a YES_NO obligation: the article it rests on
     * @param penaltyArticle the article a penalty referral for it would rest on
     * @param violationWhen for YES_NO: the answer ({@code NO}) that is a violation
     */
    public record Item(
            String code,
            String kind,
            String label,
            String unit,
            String lawArticle,
            String penaltyArticle,
            String violationWhen) {}

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
