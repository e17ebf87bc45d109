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
     * @param grading the rule that grades the item ({@code QUOTA_LIMIT}, {@code EQUIPMENT_CONFORMITY}, {@code
     *     OBLIGATION}, {@code NONE}; dictionary {@code checklistGrading}); {@code null} in templates from before it was
     *     recorded, where it follows from the kind the same way
     */
    public record Item(
            String code,
            String kind,
            String label,
            String unit,
            String lawArticle,
            String penaltyArticle,
            String violationWhen,
            String grading) {

        /** The rule that grades an item of {@code kind}: it follows from the kind and the violation answer. */
        public static String gradingOf(String kind, String violationWhen) {
            return switch (kind == null ? "" : kind) {
                case "QUOTA" -> "QUOTA_LIMIT";
                case "EQUIPMENT" -> "EQUIPMENT_CONFORMITY";
                case "YES_NO" -> violationWhen == null ? "NONE" : "OBLIGATION";
                default -> "NONE";
            };
        }
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
