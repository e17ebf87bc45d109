package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.mobile.MobileModels;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The checklist of a case: the template version it started with and, per inspection round, the answers recorded. Once
 * a round's on-site record is signed its answers are frozen: a later change is a 409, never a silent overwrite.
 */
@Component
public class Checklists {
    /** Longest free text of one answer (a TEXT item, a remark), in characters. */
    static final int MAX_TEXT = 2000;
    /** Largest stored answer of one item (rows of a QUOTA, EQUIPMENT or METER item), in bytes of JSON. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;
    /** Most rows one QUOTA, EQUIPMENT or METER item may hold. */
    static final int MAX_ROWS = 200;

    private final ChecklistMapper mapper;
    private final CaseMapper cases;
    private final ObjectMapper json;

    Checklists(ChecklistMapper mapper, CaseMapper cases, ObjectMapper json) {
        this.mapper = mapper;
        this.cases = cases;
        this.json = json;
    }

    /**
     * The template with the answers of the case's current round, as the inspector's form shows it.
     *
     * @param round the inspection round the answers belong to
     * @param frozen the round's record is signed: the answers can no longer change
     * @param versions each answered item's version (raised by every change)
     */
    public record Checklist(
            ChecklistTemplate template,

            @Schema(description = "The inspection round the answers belong to")
            int round,

            @Schema(description = "The round's record is signed: the answers can no longer change")
            boolean frozen,

            @Schema(description = MobileModels.ANSWER_SHAPES)
            Map<String, JsonNode> answers,

            @Schema(description = "Each answered item's version (raised by every change)")
            Map<String, Integer> versions) {}

    public ChecklistTemplate template(CaseRow row) {
        return template(mapper.byId(row.templateId()).orElseThrow());
    }

    /** Whether {@code code} has a published version of {@code type} (a plan may choose only such a template). */
    public boolean isPublished(String code, InspectionType type) {
        return mapper.latestOfCode(code)
                .filter(t -> type == null || t.inspectionType() == type)
                .isPresent();
    }

    /** A stored template version with its items read. */
    public ChecklistTemplate template(ChecklistMapper.TemplateRow template) {
        try {
            List<ChecklistTemplate.Item> items =
                    json.readValue(template.itemsJson(), new TypeReference<List<ChecklistTemplate.Item>>() {}).stream()
                            .map(i -> i.grading() != null
                                    ? i
                                    : new ChecklistTemplate.Item(
                                            i.code(),
                                            i.kind(),
                                            i.label(),
                                            i.unit(),
                                            i.lawArticle(),
                                            i.penaltyArticle(),
                                            i.violationWhen(),
                                            ChecklistTemplate.Item.gradingOf(i.kind(), i.violationWhen())))
                            .toList();
            return new ChecklistTemplate(
                    template.id(),
                    template.code(),
                    template.version(),
                    template.inspectionType(),
                    template.title(),
                    items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checklist template " + template.id() + " is not valid JSON", e);
        }
    }

    public Checklist checklist(CaseRow row) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (ChecklistMapper.AnswerRow answer : mapper.answers(row.id(), row.currentRound())) {
            answers.put(answer.itemCode(), parse(answer));
            versions.put(answer.itemCode(), answer.version());
        }
        return new Checklist(template(row), row.currentRound(), frozen(row), answers, versions);
    }

    /** The answers of one round by item code. */
    public Map<String, JsonNode> answers(long caseId, int round) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (ChecklistMapper.AnswerRow answer : mapper.answers(caseId, round)) {
            answers.put(answer.itemCode(), parse(answer));
        }
        return answers;
    }

    /** Every round's answers: round → item code → answer. */
    public Map<Integer, Map<String, JsonNode>> allRounds(long caseId) {
        Map<Integer, Map<String, JsonNode>> rounds = new LinkedHashMap<>();
        for (ChecklistMapper.AnswerRow answer : mapper.allAnswers(caseId)) {
            rounds.computeIfAbsent(answer.round(), r -> new LinkedHashMap<>()).put(answer.itemCode(), parse(answer));
        }
        return rounds;
    }

    /** Whether the current round's on-site record is signed. */
    boolean frozen(CaseRow row) {
        return cases.onSiteRecord(row.id(), row.currentRound()).isPresent();
    }

    /**
     * Saves answers of the current round by item code; an unknown item or an answer of the wrong shape is a 422 naming
     * it, an answer to a round whose record is signed a 409.
     */
    public void save(CaseRow row, Map<String, JsonNode> answers, String username) {
        if (frozen(row)) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "第 " + row.currentRound() + " 轮现场监察笔录已签署，检查表答案已冻结，不能再修改");
        }
        ChecklistTemplate template = template(row);
        List<FieldError> errors = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            throw Refusal.invalid("answers", "至少填写一项");
        }
        answers.forEach((code, answer) -> {
            ChecklistTemplate.Item item = template.item(code);
            String field = "answers." + code;
            if (item == null) {
                errors.add(new FieldError(field, "检查表中没有此项"));
            } else if (answer == null || !answer.isObject()) {
                errors.add(new FieldError(field, "答案须为对象"));
            } else if (answer.toString().getBytes(StandardCharsets.UTF_8).length > MAX_ANSWER_BYTES) {
                errors.add(new FieldError(field, "内容过长（不超过 " + MAX_ANSWER_BYTES / 1024 + " KB）"));
            } else {
                shapeErrors(item, answer, field, errors);
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        answers.forEach((code, answer) -> mapper.upsertAnswer(
                new ChecklistMapper.AnswerRow(row.id(), row.currentRound(), code, answer.toString(), username, 0)));
    }

    private JsonNode parse(ChecklistMapper.AnswerRow answer) {
        try {
            return json.readTree(answer.answerJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer of case " + answer.caseId() + " is not JSON", e);
        }
    }

    private static void shapeErrors(
            ChecklistTemplate.Item item, JsonNode answer, String field, List<FieldError> errors) {
        JsonNode note = answer.path("note");
        if (!note.isMissingNode()
                && !note.isNull()
                && (!note.isTextual() || note.asText().length() > MAX_TEXT)) {
            errors.add(new FieldError(field + ".note", "须为不超过 " + MAX_TEXT + " 字的文字"));
        }
        switch (item.kind()) {
            case "YES_NO" -> {
                if (!answer.path("value").isBoolean()) {
                    errors.add(new FieldError(field + ".value", "须为 true 或 false"));
                }
            }
            case "NUMBER" -> {
                if (!answer.path("value").isNumber()) {
                    errors.add(new FieldError(field + ".value", "须为数字"));
                }
            }
            case "TEXT" -> {
                if (!answer.path("text").isTextual()) {
                    errors.add(new FieldError(field + ".text", "须为文字"));
                } else if (answer.path("text").asText().length() > MAX_TEXT) {
                    errors.add(new FieldError(field + ".text", "不能超过 " + MAX_TEXT + " 字"));
                }
            }
            case "QUOTA", "EQUIPMENT", "METER" -> {
                JsonNode rows = answer.path("rows");
                if (!rows.isArray()) {
                    errors.add(new FieldError(field + ".rows", "须为数组"));
                } else if (rows.size() > MAX_ROWS) {
                    errors.add(new FieldError(field + ".rows", "不能超过 " + MAX_ROWS + " 行"));
                } else {
                    for (int i = 0; i < rows.size(); i++) {
                        rowErrors(item, rows.get(i), field + ".rows[" + i + "]", errors);
                    }
                }
            }
            case "PHOTO" -> {
                if (!answer.path("evidenceIds").isArray()) {
                    errors.add(new FieldError(field + ".evidenceIds", "须为证据编号数组"));
                }
            }
            default -> errors.add(new FieldError(field, "未知的检查项类型 " + item.kind()));
        }
    }

    private static void rowErrors(ChecklistTemplate.Item item, JsonNode row, String field, List<FieldError> errors) {
        if (row == null || !row.isObject()) {
            errors.add(new FieldError(field, "每行须为对象"));
            return;
        }
        if ("METER".equals(item.kind())) {
            if (!row.path("meter").isTextual() || row.path("meter").asText().isBlank()) {
                errors.add(new FieldError(field + ".meter", "须写明计量器具"));
            }
            if (!row.path("value").isNumber()) {
                errors.add(new FieldError(field + ".value", "读数须为数字"));
            }
            if (!row.path("unit").isTextual() || row.path("unit").asText().isBlank()) {
                errors.add(new FieldError(field + ".unit", "须写明单位"));
            }
        }
        JsonNode grade = row.path(FindingEvaluation.INSPECTOR_GRADE);
        if (!grade.isMissingNode() && !grade.isNull()) {
            String path = field + "." + FindingEvaluation.INSPECTOR_GRADE;
            if (!FindingEvaluation.VERDICTS.contains(grade.path("verdict").asText())) {
                errors.add(new FieldError(path + ".verdict", "须为 COMPLIANT（符合）或 NON_COMPLIANT（不符合）"));
            }
            String reason = grade.path("reason").asText("");
            if (reason.isBlank()) {
                errors.add(new FieldError(path + ".reason", "人工判定须写明理由"));
            } else if (reason.length() > 500) {
                errors.add(new FieldError(path + ".reason", "不能超过 500 字"));
            }
        }
    }
}
