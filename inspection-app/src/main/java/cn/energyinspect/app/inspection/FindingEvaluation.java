package cn.energyinspect.app.inspection;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.equipment.EfficiencyOutcome;
import cn.energyinspect.rules.equipment.Elimination;
import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentResult;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.Procedure;
import cn.energyinspect.rules.quota.EditionAvailability;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaQuery;
import cn.energyinspect.rules.quota.QuotaResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns checklist answers into findings through the rules library: unit consumption over its quota (GB 16780, GB 21256
 * …), equipment below its efficiency limit or on an elimination list, and statutory obligations answered "no". Each
 * finding carries the rule's basis (standard, edition, clause, confidence) and the law article the rules' procedure data
 * gives for its kind.
 *
 * <p>What the rules cannot grade — equipment whose standard has no values loaded for its date or rating, a unit
 * consumption dated before the earliest edition loaded — is never taken as compliant: it becomes a {@link Pending}
 * item the inspector must grade by hand, with a reason, before the record can be signed ({@code inspectorGrade} on the
 * row: {@code {"verdict": "COMPLIANT" | "NON_COMPLIANT", "reason": "…"}}).
 */
@Component
class FindingEvaluation {
    static final String INSPECTOR_GRADE = "inspectorGrade";
    static final Set<String> VERDICTS = Set.of("COMPLIANT", "NON_COMPLIANT");

    private final ObjectMapper json;
    private final Procedure procedure = Procedure.standard();

    FindingEvaluation(ObjectMapper json) {
        this.json = json;
    }

    /** A finding before it is numbered and stored. */
    record Draft(
            String kind,
            String source,
            String description,
            String itemCode,
            Basis basis,
            String lawArticle,
            String penaltyArticle,
            Double measured,
            Double limit,
            String unit,
            String gradingReason) {}

    /**
     * A row the rules could not grade and the inspector has not graded yet.
     *
     * @param field where it is, e.g. {@code answers.EQUIPMENT.rows[1]}
     * @param what the row in words, e.g. 电力变压器 S13-M-1000/10
     * @param reason why the rules cannot grade it
     */
    record Pending(String itemCode, int row, String field, String what, String reason) {}

    /** The findings of the answers and the rows still waiting for the inspector's grade. */
    record Evaluation(List<Draft> drafts, List<Pending> pending) {}

    Evaluation evaluate(ChecklistTemplate template, Map<String, JsonNode> answers, LocalDate inspectedOn) {
        List<Draft> drafts = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Violation> invalid = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            JsonNode answer = answers.get(item.code());
            if (answer == null) {
                continue;
            }
            switch (item.kind()) {
                case "YES_NO" -> obligation(item, answer).ifPresent(drafts::add);
                case "QUOTA" -> {
                    List<JsonNode> rows = rows(answer);
                    for (int i = 0; i < rows.size(); i++) {
                        quota(item, i, rows.get(i), inspectedOn, drafts, pending, invalid);
                    }
                }
                case "EQUIPMENT" -> {
                    List<JsonNode> rows = rows(answer);
                    for (int i = 0; i < rows.size(); i++) {
                        equipment(item, i, rows.get(i), inspectedOn, drafts, pending);
                    }
                }
                default -> {}
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        return new Evaluation(drafts, pending);
    }

    private static Optional<Draft> obligation(ChecklistTemplate.Item item, JsonNode answer) {
        boolean yes = answer.path("value").asBoolean(true);
        if (yes || !"NO".equals(item.violationWhen())) {
            return Optional.empty();
        }
        return Optional.of(new Draft(
                "OTHER",
                "RULE",
                "未履行：" + item.label(),
                item.code(),
                null,
                item.lawArticle(),
                item.penaltyArticle(),
                null,
                null,
                null,
                null));
    }

    private void quota(
            ChecklistTemplate.Item item,
            int index,
            JsonNode row,
            LocalDate on,
            List<Draft> drafts,
            List<Pending> pending,
            List<Violation> invalid) {
        String field = field(item, index);
        QuotaQuery query;
        try {
            query = json.convertValue(withoutGrade(row), QuotaQuery.class);
        } catch (IllegalArgumentException e) {
            invalid.add(new Violation(field, "格式不正确"));
            return;
        }
        QuotaQuery dated = new QuotaQuery(
                query.product(),
                query.indicator(),
                query.value(),
                query.unit(),
                query.date() != null ? query.date() : on,
                query.conditions());
        String what = indicatorName(query.product(), query.indicator());
        QuotaResult result;
        try {
            EditionAvailability availability =
                    QuotaGrading.standard().availability(query.product(), query.indicator(), dated.date());
            if (!availability.loaded()) {
                // no edition loaded for the date: the inspector grades it by the edition that applied, never silently
                byHand(item, index, row, what, availability.message(), drafts, pending, "OVER_QUOTA");
                return;
            }
            result = QuotaGrading.standard().grade(dated);
        } catch (InvalidInputException e) {
            if (!e.violations().isEmpty() && e.violations().stream().allMatch(v -> "date".equals(v.field()))) {
                // no edition loaded for the date: the inspector grades it, it is never silently compliant
                String reason = e.violations().stream()
                        .map(Violation::message)
                        .reduce((a, b) -> a + "；" + b)
                        .orElse("");
                byHand(item, index, row, what, "规则库未载入该日期适用的能耗限额标准版本：" + reason, drafts, pending, "OVER_QUOTA");
                return;
            }
            e.violations().forEach(v -> invalid.add(new Violation(field + "." + v.field(), v.message())));
            return;
        }
        if (!result.overQuota()) {
            return;
        }
        Basis basis = result.basis();
        LawArticle obligation = procedure.obligationOf("OVER_QUOTA");
        drafts.add(new Draft(
                "OVER_QUOTA",
                "RULE",
                String.format(
                        "%s %s %s，超过 %s %s 限定值 %s %s（超限额用能）%s",
                        what,
                        strip(result.value()),
                        result.unit(),
                        basis.reference(),
                        basis.clause() == null ? "" : basis.clause(),
                        strip(result.limits().grade3()),
                        result.unit(),
                        result.unconfirmed() ? "；所依据数值待核实" : ""),
                item.code(),
                basis,
                obligation.citation(),
                penalty(obligation),
                result.value(),
                result.limits().grade3(),
                result.unit(),
                null));
    }

    private void equipment(
            ChecklistTemplate.Item item,
            int index,
            JsonNode row,
            LocalDate on,
            List<Draft> drafts,
            List<Pending> pending) {
        EquipmentQuery query = json.convertValue(withDate(withoutGrade(row), on), EquipmentQuery.class);
        EquipmentResult result = EquipmentConformity.standard().check(query);
        Basis standard = result.basis().stream()
                .filter(b -> b.confidence() != Confidence.LAW)
                .findFirst()
                .orElse(null);
        String what = equipmentName(query);
        if (result.eliminated() == Elimination.ELIMINATED) {
            drafts.add(equipmentFinding(
                    "ELIMINATED_EQUIPMENT",
                    "使用国家明令淘汰的用能设备：" + what + "（" + String.join("；", result.reasons()) + "）",
                    item,
                    standard));
        } else if (result.belowLimit() && "DATA_CENTRE".equalsIgnoreCase(query.type())) {
            // a facility its user operates, not a product made or sold: no article of the law is proposed (the rules
            // data leaves it to be confirmed), the mandatory standard is the basis
            drafts.add(new Draft(
                    "BELOW_EFFICIENCY_LIMIT",
                    "RULE",
                    "数据中心能效低于能效限定值：" + what + "（" + String.join("；", result.reasons()) + "）",
                    item.code(),
                    standard,
                    standard == null ? "强制性国家标准" : standard.reference() + "（强制性国家标准，适用法条待核实）",
                    null,
                    null,
                    null,
                    null,
                    null));
        } else if (result.belowLimit()) {
            drafts.add(equipmentFinding(
                    "BELOW_EFFICIENCY_LIMIT",
                    "用能设备能效低于能效限定值：" + what + "（" + String.join("；", result.reasons()) + "）",
                    item,
                    standard));
        } else if (result.efficiency() == EfficiencyOutcome.NO_VALUES_LOADED) {
            byHand(
                    item,
                    index,
                    row,
                    what,
                    "规则库未载入该设备适用标准的能效限定值：" + String.join("；", result.reasons()),
                    drafts,
                    pending,
                    "BELOW_EFFICIENCY_LIMIT");
        }
    }

    private Draft equipmentFinding(String kind, String description, ChecklistTemplate.Item item, Basis standard) {
        LawArticle obligation = procedure.obligationOf(kind);
        return new Draft(
                kind,
                "RULE",
                description,
                item.code(),
                standard,
                obligation.citation(),
                penalty(obligation),
                null,
                null,
                null,
                null);
    }

    /** A row the rules cannot grade: the inspector's own grade with its reason, or still pending. */
    private void byHand(
            ChecklistTemplate.Item item,
            int index,
            JsonNode row,
            String what,
            String reason,
            List<Draft> drafts,
            List<Pending> pending,
            String kindIfNonCompliant) {
        JsonNode grade = row.path(INSPECTOR_GRADE);
        String verdict = grade.path("verdict").asText(null);
        String gradeReason = grade.path("reason").asText("").strip();
        if (verdict == null || !VERDICTS.contains(verdict) || gradeReason.isEmpty()) {
            pending.add(new Pending(item.code(), index, field(item, index), what, reason));
            return;
        }
        if ("COMPLIANT".equals(verdict)) {
            return;
        }
        LawArticle obligation = procedure.obligationOf(kindIfNonCompliant);
        drafts.add(new Draft(
                kindIfNonCompliant,
                "INSPECTOR",
                what + "：监察员人工判定不符合（" + gradeReason + "）",
                item.code(),
                null,
                obligation.citation(),
                penalty(obligation),
                row.path("value").isNumber() ? row.path("value").asDouble() : null,
                null,
                row.path("unit").asText(null),
                gradeReason));
    }

    private String penalty(LawArticle obligation) {
        return procedure.penaltyOf(obligation).map(LawArticle::citation).orElse(null);
    }

    static String indicatorName(String product, String indicator) {
        String key = DisplayNames.indicatorKey(product, indicator);
        return DisplayNames.knows(Category.QUOTA_INDICATOR, key)
                ? DisplayNames.of(Category.QUOTA_INDICATOR, key)
                : "单位产品能耗";
    }

    static String equipmentName(EquipmentQuery query) {
        String type = typeName(query.type());
        return query.model() == null || query.model().isBlank() ? type : type + " " + query.model();
    }

    /** The dictionary's name of an equipment type; 用能设备 for none or one it does not know. */
    static String typeName(String type) {
        return type != null && DisplayNames.knows(Category.EQUIPMENT_TYPE, type.toUpperCase(java.util.Locale.ROOT))
                ? DisplayNames.of(Category.EQUIPMENT_TYPE, type.toUpperCase(java.util.Locale.ROOT))
                : "用能设备";
    }

    private static String field(ChecklistTemplate.Item item, int index) {
        return "answers." + item.code() + ".rows[" + index + "]";
    }

    private static JsonNode withoutGrade(JsonNode row) {
        if (!row.has(INSPECTOR_GRADE)) {
            return row;
        }
        ObjectNode copy = row.deepCopy();
        copy.remove(INSPECTOR_GRADE);
        return copy;
    }

    private static JsonNode withDate(JsonNode row, LocalDate on) {
        if (row.hasNonNull("date")) {
            return row;
        }
        ObjectNode copy = row.deepCopy();
        copy.put("date", on.toString());
        return copy;
    }

    private static List<JsonNode> rows(JsonNode answer) {
        List<JsonNode> rows = new ArrayList<>();
        answer.path("rows").forEach(rows::add);
        return rows;
    }

    static String strip(Double value) {
        return value == null
                ? "—"
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
