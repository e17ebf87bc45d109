package cn.energyinspect.app.inspection;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.equipment.Elimination;
import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentResult;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaQuery;
import cn.energyinspect.rules.quota.QuotaResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns checklist answers into findings through the rules library: unit consumption over its quota (GB 16780, GB 21256
 * …), equipment below its efficiency limit or on an elimination list, and statutory obligations answered "no". Each
 * finding carries the rule's basis (standard, edition, clause, confidence) and the law article.
 */
@Component
class FindingEvaluation {
    static final String ENERGY_LAW = "《中华人民共和国节约能源法》";

    private final ObjectMapper json;

    FindingEvaluation(ObjectMapper json) {
        this.json = json;
    }

    /** A finding before it is numbered and stored. */
    record Draft(
            String kind,
            String description,
            String itemCode,
            Basis basis,
            String lawArticle,
            String penaltyArticle,
            Double measured,
            Double limit,
            String unit) {}

    List<Draft> evaluate(ChecklistTemplate template, Map<String, JsonNode> answers, LocalDate inspectedOn) {
        List<Draft> drafts = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            JsonNode answer = answers.get(item.code());
            if (answer == null) {
                continue;
            }
            switch (item.kind()) {
                case "YES_NO" -> obligation(item, answer).ifPresent(drafts::add);
                case "QUOTA" -> rows(answer).forEach(row -> quota(item, row, inspectedOn, drafts));
                case "EQUIPMENT" -> rows(answer).forEach(row -> equipment(item, row, inspectedOn, drafts));
                default -> {}
            }
        }
        return drafts;
    }

    private static java.util.Optional<Draft> obligation(ChecklistTemplate.Item item, JsonNode answer) {
        boolean yes = answer.path("value").asBoolean(true);
        if (yes || !"NO".equals(item.violationWhen())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Draft(
                "OTHER",
                "未履行：" + item.label(),
                item.code(),
                null,
                item.lawArticle(),
                item.penaltyArticle(),
                null,
                null,
                null));
    }

    private void quota(ChecklistTemplate.Item item, JsonNode row, LocalDate on, List<Draft> drafts) {
        QuotaQuery query = json.convertValue(row, QuotaQuery.class);
        QuotaQuery dated = new QuotaQuery(
                query.product(),
                query.indicator(),
                query.value(),
                query.unit(),
                query.date() != null ? query.date() : on,
                query.conditions());
        QuotaResult result = QuotaGrading.standard().grade(dated);
        if (!result.overQuota()) {
            return;
        }
        Basis basis = result.basis();
        drafts.add(new Draft(
                "OVER_QUOTA",
                String.format(
                        "%s %s 指标 %s %s，超过 %s 限定值 %s %s（超限额用能）",
                        result.product(),
                        result.indicator(),
                        strip(result.value()),
                        result.unit(),
                        basis.reference(),
                        strip(result.limits().grade3()),
                        result.unit()),
                item.code(),
                basis,
                ENERGY_LAW + "第十六条",
                ENERGY_LAW + "第七十二条",
                result.value(),
                result.limits().grade3(),
                result.unit()));
    }

    private void equipment(ChecklistTemplate.Item item, JsonNode row, LocalDate on, List<Draft> drafts) {
        EquipmentQuery query = json.convertValue(row, EquipmentQuery.class);
        EquipmentResult result = EquipmentConformity.standard().check(query.date() != null ? query : withDate(row, on));
        Basis standard = result.basis().stream()
                .filter(b -> b.confidence() != Confidence.LAW)
                .findFirst()
                .orElse(null);
        String what = (query.model() == null ? query.type() : query.model());
        if (result.eliminated() == Elimination.ELIMINATED) {
            drafts.add(new Draft(
                    "ELIMINATED_EQUIPMENT",
                    "使用国家明令淘汰的用能设备：" + what + "（" + String.join("；", result.reasons()) + "）",
                    item.code(),
                    standard,
                    ENERGY_LAW + "第十七条",
                    ENERGY_LAW + "第七十一条",
                    null,
                    null,
                    null));
        } else if (result.belowLimit()) {
            drafts.add(new Draft(
                    "BELOW_EFFICIENCY_LIMIT",
                    "用能设备能效低于能效限定值：" + what + "（" + String.join("；", result.reasons()) + "）",
                    item.code(),
                    standard,
                    ENERGY_LAW + "第十七条",
                    ENERGY_LAW + "第七十一条",
                    null,
                    null,
                    null));
        }
    }

    private EquipmentQuery withDate(JsonNode row, LocalDate on) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = row.deepCopy();
        copy.put("date", on.toString());
        return json.convertValue(copy, EquipmentQuery.class);
    }

    private static List<JsonNode> rows(JsonNode answer) {
        List<JsonNode> rows = new ArrayList<>();
        answer.path("rows").forEach(rows::add);
        return rows;
    }

    private static String strip(Double value) {
        return value == null
                ? "—"
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
