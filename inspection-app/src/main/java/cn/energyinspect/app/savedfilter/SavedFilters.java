package cn.energyinspect.app.savedfilter;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's saved filters (常用查询) of the desk pages: a name and the query string's parameters, per page. They are the
 * user's own: nobody else sees or changes them. Saving under a name that exists replaces it.
 */
@Service
public class SavedFilters {
    static final Set<String> PAGES = Set.of("cases", "workbench", "enterprises");
    private static final int MAX_PER_PAGE = 30;

    /** A filter as the page saves it: {@code query} holds the page's parameters, e.g. {@code {"status":"RECTIFYING"}}. */
    public record SavedFilter(Long id, String page, String name, JsonNode query, Instant createdAt) {}

    private final SavedFilterMapper mapper;
    private final ObjectMapper json;

    SavedFilters(SavedFilterMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> of(String page, CurrentUser user) {
        requirePage(page);
        return mapper.of(user.id(), page).stream().map(this::view).toList();
    }

    @Transactional
    public SavedFilter save(SavedFilter filter, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (filter.page() == null || !PAGES.contains(filter.page())) {
            errors.add(new FieldError("page", "须为 cases、workbench 或 enterprises"));
        }
        if (filter.name() == null || filter.name().isBlank()) {
            errors.add(new FieldError("name", "必填"));
        } else if (filter.name().strip().length() > 64) {
            errors.add(new FieldError("name", "不能超过 64 个字符"));
        }
        String query = null;
        if (filter.query() == null || !filter.query().isObject()) {
            errors.add(new FieldError("query", "须为查询参数的对象，例如 {\"status\":\"RECTIFYING\"}"));
        } else {
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) filter.query()::fields) {
                if (!field.getValue().isValueNode()) {
                    errors.add(new FieldError("query." + field.getKey(), "只能是文字、数字或布尔值"));
                }
            }
            try {
                query = json.writeValueAsString(filter.query());
            } catch (JsonProcessingException e) {
                errors.add(new FieldError("query", "无法保存"));
            }
            if (query != null && query.length() > 2000) {
                errors.add(new FieldError("query", "查询条件过长"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        String name = filter.name().strip();
        if (mapper.idOf(user.id(), filter.page(), name).isEmpty()
                && mapper.of(user.id(), filter.page()).size() >= MAX_PER_PAGE) {
            throw Refusal.invalid("name", "每个页面最多保存 " + MAX_PER_PAGE + " 个查询条件，请先删除不用的");
        }
        mapper.upsert(user.id(), filter.page(), name, query);
        return mapper.of(user.id(), filter.page()).stream()
                .filter(r -> r.name().equals(name))
                .map(this::view)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        if (mapper.delete(user.id(), id) == 0) {
            throw Refusal.notFound("保存的查询条件");
        }
    }

    private static void requirePage(String page) {
        if (page == null || !PAGES.contains(page)) {
            throw Refusal.invalid("page", "须为 cases、workbench 或 enterprises");
        }
    }

    private SavedFilter view(SavedFilterMapper.Row row) {
        try {
            return new SavedFilter(row.id(), row.page(), row.name(), json.readTree(row.queryJson()), row.createdAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved filter " + row.id() + " is not valid JSON", e);
        }
    }
}
