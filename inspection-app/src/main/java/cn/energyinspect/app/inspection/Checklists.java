package cn.energyinspect.app.inspection;

import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The checklist of a case: the template version it started with and the answers recorded so far. */
@Component
public class Checklists {
    private final ChecklistMapper mapper;
    private final ObjectMapper json;

    Checklists(ChecklistMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    /** The template with its answers, as the inspector's form shows it. */
    public record Checklist(ChecklistTemplate template, Map<String, JsonNode> answers) {}

    public ChecklistTemplate template(CaseRow row) {
        ChecklistMapper.TemplateRow template = mapper.byId(row.templateId()).orElseThrow();
        try {
            List<ChecklistTemplate.Item> items =
                    json.readValue(template.itemsJson(), new TypeReference<List<ChecklistTemplate.Item>>() {});
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
        return new Checklist(template(row), answers(row.id()));
    }

    public Map<String, JsonNode> answers(long caseId) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (ChecklistMapper.AnswerRow answer : mapper.answers(caseId)) {
            try {
                answers.put(answer.itemCode(), json.readTree(answer.answerJson()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored answer of case " + caseId + " is not JSON", e);
            }
        }
        return answers;
    }

    /** Saves answers by item code; an unknown item or an answer of the wrong shape is a 422 naming it. */
    public void save(CaseRow row, Map<String, JsonNode> answers, String username) {
        ChecklistTemplate template = template(row);
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((code, answer) -> {
            ChecklistTemplate.Item item = template.item(code);
            String field = "answers." + code;
            if (item == null) {
                errors.add(new FieldError(field, "检查表中没有此项"));
            } else if (answer == null || !answer.isObject()) {
                errors.add(new FieldError(field, "答案须为对象"));
            } else {
                shapeErrors(item, answer, field, errors);
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        answers.forEach((code, answer) ->
                mapper.upsertAnswer(new ChecklistMapper.AnswerRow(row.id(), code, answer.toString(), username)));
    }

    private static void shapeErrors(
            ChecklistTemplate.Item item, JsonNode answer, String field, List<FieldError> errors) {
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
                }
            }
            case "QUOTA", "EQUIPMENT", "METER" -> {
                if (!answer.path("rows").isArray()) {
                    errors.add(new FieldError(field + ".rows", "须为数组"));
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
}
