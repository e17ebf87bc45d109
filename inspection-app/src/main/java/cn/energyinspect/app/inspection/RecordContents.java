package cn.energyinspect.app.inspection;

import cn.energyinspect.app.document.ChecklistAnswer;
import cn.energyinspect.app.document.ChecklistLine;
import cn.energyinspect.app.document.EquipmentRow;
import cn.energyinspect.app.document.MeterReading;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.equipment.EfficiencyOutcome;
import cn.energyinspect.rules.equipment.Elimination;
import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a 现场监察笔录 says of a round's checklist: one line per item (an item with nothing recorded reads 未检查,
 * never 符合), the meter readings and equipment rows as recorded with each row's conclusion, and the remarks.
 */
@Component
class RecordContents {
    private final ObjectMapper json;

    RecordContents(ObjectMapper json) {
        this.json = json;
    }

    /** The parts of a record built from the checklist. */
    record Contents(
            List<ChecklistLine> checklist,
            List<MeterReading> meterReadings,
            List<EquipmentRow> equipment,
            List<String> remarks) {}

    Contents of(ChecklistTemplate template, Map<String, JsonNode> answers, List<FindingRow> findings, LocalDate on) {
        List<ChecklistLine> lines = new ArrayList<>();
        List<MeterReading> meters = new ArrayList<>();
        List<EquipmentRow> equipment = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            JsonNode answer = answers.get(item.code());
            List<FindingRow> ofItem = findings.stream()
                    .filter(f -> item.code().equals(f.itemCode()))
                    .toList();
            if (answer == null) {
                lines.add(new ChecklistLine(item.label(), ChecklistAnswer.NOT_CHECKED, null));
                continue;
            }
            String note = answer.path("note").isTextual() ? answer.path("note").asText() : null;
            if (!ofItem.isEmpty()) {
                String seen = "见监察发现第"
                        + ofItem.stream()
                                .map(f -> String.valueOf(f.findingNo()))
                                .collect(Collectors.joining("、"))
                        + "项";
                lines.add(new ChecklistLine(item.label(), ChecklistAnswer.NON_COMPLIANT, join(seen, note)));
            } else {
                lines.add(line(item, answer, note));
            }
            switch (item.kind()) {
                case "METER" -> answer.path("rows").forEach(row -> meters.add(meter(row)));
                case "EQUIPMENT" -> answer.path("rows").forEach(row -> equipment.add(equipment(row, on)));
                case "TEXT" -> {
                    String text = answer.path("text").asText("").strip();
                    if (!text.isEmpty()) {
                        remarks.add(text);
                    }
                }
                default -> {}
            }
        }
        return new Contents(lines, meters, equipment, remarks);
    }

    private ChecklistLine line(ChecklistTemplate.Item item, JsonNode answer, String note) {
        return switch (item.kind()) {
            case "YES_NO" ->
                new ChecklistLine(
                        item.label(),
                        answer.path("value").asBoolean() ? ChecklistAnswer.COMPLIANT : ChecklistAnswer.RECORDED,
                        join(answer.path("value").asBoolean() ? "是" : "否", note));
            case "NUMBER" ->
                new ChecklistLine(
                        item.label(),
                        ChecklistAnswer.RECORDED,
                        join(
                                "记录值 "
                                        + answer.path("value")
                                                .decimalValue()
                                                .stripTrailingZeros()
                                                .toPlainString() + (item.unit() == null ? "" : " " + item.unit()),
                                note));
            case "QUOTA" -> rows(item, answer, note, quotaValues(answer), ChecklistAnswer.COMPLIANT);
            case "EQUIPMENT" -> rows(item, answer, note, "见主要用能设备表", ChecklistAnswer.COMPLIANT);
            case "METER" -> rows(item, answer, note, "见能源计量器具读数表", ChecklistAnswer.RECORDED);
            case "PHOTO" ->
                new ChecklistLine(
                        item.label(),
                        answer.path("evidenceIds").isEmpty() ? ChecklistAnswer.NOT_CHECKED : ChecklistAnswer.RECORDED,
                        join("照片 " + answer.path("evidenceIds").size() + " 张，见所附证据", note));
            case "TEXT" ->
                new ChecklistLine(
                        item.label(),
                        answer.path("text").asText("").isBlank()
                                ? ChecklistAnswer.NOT_CHECKED
                                : ChecklistAnswer.RECORDED,
                        answer.path("text").asText("").isBlank() ? note : join("见其他情况说明", note));
            default -> new ChecklistLine(item.label(), ChecklistAnswer.RECORDED, note);
        };
    }

    private static ChecklistLine rows(
            ChecklistTemplate.Item item, JsonNode answer, String note, String summary, ChecklistAnswer withRows) {
        if (answer.path("rows").isEmpty()) {
            return new ChecklistLine(item.label(), ChecklistAnswer.NOT_CHECKED, note);
        }
        return new ChecklistLine(item.label(), withRows, join(summary, note));
    }

    private static String quotaValues(JsonNode answer) {
        List<String> values = new ArrayList<>();
        for (JsonNode row : answer.path("rows")) {
            values.add(FindingEvaluation.indicatorName(
                            row.path("product").asText(), row.path("indicator").asText())
                    + " " + plain(row.path("value")) + " " + row.path("unit").asText(""));
        }
        return String.join("；", values) + "，未超过限定值";
    }

    private static MeterReading meter(JsonNode row) {
        return new MeterReading(
                row.path("meter").asText(),
                row.path("value").decimalValue(),
                row.path("unit").asText(),
                row.path("remark").isTextual() && !row.path("remark").asText().isBlank()
                        ? row.path("remark").asText()
                        : null);
    }

    private EquipmentRow equipment(JsonNode row, LocalDate on) {
        ObjectNode copy = row.deepCopy();
        copy.remove(FindingEvaluation.INSPECTOR_GRADE);
        if (!copy.hasNonNull("date")) {
            copy.put("date", on.toString());
        }
        EquipmentQuery query = json.convertValue(copy, EquipmentQuery.class);
        EquipmentResult result = EquipmentConformity.standard().check(query);
        String name = FindingEvaluation.typeName(query.type());
        String standard = result.basis().stream()
                .filter(b -> b.confidence() != Confidence.LAW)
                .map(b -> b.reference() + (b.unconfirmed() ? "（数值待核实）" : ""))
                .findFirst()
                .orElse(null);
        return new EquipmentRow(
                name,
                query.model() == null || query.model().isBlank() ? "（未记录）" : query.model(),
                rating(query),
                result.grade() == null ? null : result.grade() + "级",
                standard,
                conclusion(result, row));
    }

    private static String conclusion(EquipmentResult result, JsonNode row) {
        if (result.eliminated() == Elimination.ELIMINATED) {
            return "列入淘汰目录";
        }
        if (result.belowLimit()) {
            return "低于能效限定值";
        }
        if (result.efficiency() == EfficiencyOutcome.NO_VALUES_LOADED) {
            JsonNode grade = row.path(FindingEvaluation.INSPECTOR_GRADE);
            String verdict = "COMPLIANT".equals(grade.path("verdict").asText()) ? "符合" : "不符合";
            return "监察员人工判定" + verdict + "（" + grade.path("reason").asText("") + "）";
        }
        return switch (result.efficiency()) {
            case GRADED -> "符合";
            case OUT_OF_SCOPE -> "不在强制性能效标准范围内";
            case NOT_CHECKED -> "未记录能效数据";
            default -> "符合";
        };
    }

    private static String rating(EquipmentQuery query) {
        if (query.ratedPowerKw() != null) {
            return plain(query.ratedPowerKw()) + " kW" + (query.poles() == null ? "" : "，" + query.poles() + "极");
        }
        if (query.ratedCapacityKva() != null) {
            return plain(query.ratedCapacityKva()) + " kVA"
                    + (query.voltageKv() == null ? "" : "，" + plain(query.voltageKv()) + " kV");
        }
        if (query.capacityTph() != null) {
            return plain(query.capacityTph()) + " t/h";
        }
        return null;
    }

    private static String plain(JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText("—");
    }

    private static String plain(Double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String join(String first, String second) {
        if (second == null || second.isBlank()) {
            return first;
        }
        return first == null ? second : first + "；" + second;
    }
}
