package cn.energyinspect.app.admin.templates;

import cn.energyinspect.app.admin.AdminScope;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.inspection.ChecklistTemplate;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist template versions: a province administrator drafts a new version (items, kinds, units, the legal basis of
 * each item; the grading rule follows from the kind), previews it as the inspector's form will show it, and publishes
 * it. A published version never changes; a case keeps the version it started with, so publishing changes only cases
 * started afterwards (a campaign's cases: the newest version of the template its plan chose).
 */
@Service
public class TemplateAdministration {
    static final String ENTITY = "checklist_template";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Set<String> KINDS = Set.of("YES_NO", "NUMBER", "TEXT", "QUOTA", "EQUIPMENT", "METER", "PHOTO");
    private static final Set<String> TYPES = Set.of("ON_SITE", "DESK");
    private static final int MAX_ITEMS = 200;

    private final TemplateMapper templates;
    private final AdminScope scope;
    private final AuditLog audit;
    private final BusinessTime time;
    private final ObjectMapper json;

    TemplateAdministration(
            TemplateMapper templates, AdminScope scope, AuditLog audit, BusinessTime time, ObjectMapper json) {
        this.templates = templates;
        this.scope = scope;
        this.audit = audit;
        this.time = time;
        this.json = json;
    }

    /** Administrators see every version; agency users the published ones (to choose a plan's template). */
    @Transactional(readOnly = true)
    public List<TemplateVersion> list(CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR)) {
            throw Refusal.forbidden("只有监察机构的用户可以查看检查表模板");
        }
        return templates.all(!user.hasRole(Role.PROVINCE_ADMIN)).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public TemplateVersion get(long id, CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR)) {
            throw Refusal.forbidden("只有监察机构的用户可以查看检查表模板");
        }
        return templates
                .find(id)
                .filter(t -> "PUBLISHED".equals(t.status()) || user.hasRole(Role.PROVINCE_ADMIN))
                .map(this::view)
                .orElseThrow(() -> Refusal.notFound("检查表模板"));
    }

    @Transactional
    public TemplateVersion createDraft(TemplateForm form, CurrentUser admin) {
        requireProvinceAdministrator(admin);
        List<FieldError> errors = new ArrayList<>();
        if (form.code() == null || !CODE.matcher(form.code()).matches()) {
            errors.add(new FieldError("code", "模板代码为 2–40 位大写字母、数字或下划线，以字母开头"));
        }
        List<ChecklistTemplate.Item> items = checkItems(form, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        var newest = templates.newestForUpdate(form.code());
        String type = newest.map(TemplateMapper.VersionRow::inspectionType).orElse(form.inspectionType());
        if (newest.isEmpty() && (type == null || !TYPES.contains(type))) {
            throw Refusal.invalid("inspectionType", "须为 ON_SITE（现场监察）或 DESK（书面监察）");
        }
        if (newest.isPresent()
                && form.inspectionType() != null
                && !form.inspectionType().equals(type)) {
            throw Refusal.invalid("inspectionType", "新版本须与模板原有的监察类型（" + type + "）一致");
        }
        if (templates.draftOf(form.code()).isPresent()) {
            throw Refusal.conflict("模板 " + form.code() + " 已有一个未发布的草稿版本：请修改或发布该草稿");
        }
        var row = new TemplateMapper.NewVersion(
                form.code(),
                newest.map(v -> v.version() + 1).orElse(1),
                type,
                form.title().strip(),
                write(items),
                admin.username(),
                time.now());
        templates.insert(row);
        TemplateVersion created = view(templates.find(row.id).orElseThrow());
        audit.record(null, ENTITY, row.id, "TEMPLATE_DRAFTED", admin.username(), null, created);
        return created;
    }

    @Transactional
    public TemplateVersion updateDraft(long id, TemplateForm form, CurrentUser admin) {
        requireProvinceAdministrator(admin);
        TemplateMapper.VersionRow row = templates.find(id).orElseThrow(() -> Refusal.notFound("检查表模板"));
        List<FieldError> errors = new ArrayList<>();
        if (form.code() != null && !form.code().equals(row.code())) {
            errors.add(new FieldError("code", "模板代码不能修改"));
        }
        List<ChecklistTemplate.Item> items = checkItems(form, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (templates.updateDraft(id, form.title().strip(), write(items)) == 0) {
            throw Refusal.conflict("该版本已发布，不能再修改：请新建一个版本");
        }
        TemplateVersion after = view(templates.find(id).orElseThrow());
        audit.record(null, ENTITY, id, "TEMPLATE_DRAFT_CHANGED", admin.username(), view(row), after);
        return after;
    }

    /** The version as the form will show it, with any problem that would stop publishing it. */
    public record Preview(TemplateVersion template, List<FieldError> problems, boolean publishable) {}

    @Transactional(readOnly = true)
    public Preview preview(long id, CurrentUser admin) {
        TemplateVersion version = get(id, admin);
        List<FieldError> problems = new ArrayList<>();
        checkItems(
                new TemplateForm(version.code(), version.inspectionType(), version.title(), version.items()), problems);
        return new Preview(version, problems, problems.isEmpty() && "DRAFT".equals(version.status()));
    }

    @Transactional
    public TemplateVersion publish(long id, CurrentUser admin) {
        requireProvinceAdministrator(admin);
        TemplateMapper.VersionRow row = templates.find(id).orElseThrow(() -> Refusal.notFound("检查表模板"));
        List<FieldError> problems = new ArrayList<>();
        checkItems(new TemplateForm(row.code(), row.inspectionType(), row.title(), items(row)), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (templates.publish(id, admin.username(), time.now()) == 0) {
            throw Refusal.conflict("该版本已发布");
        }
        TemplateVersion published = view(templates.find(id).orElseThrow());
        audit.record(null, ENTITY, id, "TEMPLATE_PUBLISHED", admin.username(), view(row), published);
        return published;
    }

    /** Templates serve the whole province: only a province-level administrator changes them. */
    private void requireProvinceAdministrator(CurrentUser admin) {
        scope.requireAdministrator(admin);
        if (!admin.regionCode().endsWith("0000")) {
            throw Refusal.forbidden("检查表模板由省级管理员维护");
        }
    }

    private List<ChecklistTemplate.Item> checkItems(TemplateForm form, List<FieldError> errors) {
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "必填"));
        } else if (form.title().strip().length() > 200) {
            errors.add(new FieldError("title", "不能超过 200 个字符"));
        }
        List<ChecklistTemplate.Item> given = form.items() == null ? List.of() : form.items();
        if (given.isEmpty()) {
            errors.add(new FieldError("items", "至少需要一个检查项"));
        } else if (given.size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "不能超过 " + MAX_ITEMS + " 项"));
        }
        List<ChecklistTemplate.Item> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < given.size() && i < MAX_ITEMS; i++) {
            ChecklistTemplate.Item item = given.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                errors.add(new FieldError(at, "不能为空"));
                continue;
            }
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                errors.add(new FieldError(at + ".code", "检查项代码为 2–40 位大写字母、数字或下划线，以字母开头"));
            } else if (!codes.add(item.code())) {
                errors.add(new FieldError(at + ".code", "与前面的检查项代码重复：" + item.code()));
            }
            if (item.kind() == null || !KINDS.contains(item.kind())) {
                errors.add(
                        new FieldError(at + ".kind", "须为 " + String.join("、", new java.util.TreeSet<>(KINDS)) + " 之一"));
            }
            if (item.label() == null || item.label().isBlank()) {
                errors.add(new FieldError(at + ".label", "必填"));
            } else if (item.label().length() > 200) {
                errors.add(new FieldError(at + ".label", "不能超过 200 个字符"));
            }
            if (item.unit() != null && item.unit().length() > 16) {
                errors.add(new FieldError(at + ".unit", "不能超过 16 个字符"));
            }
            if ("NUMBER".equals(item.kind())
                    && (item.unit() == null || item.unit().isBlank())) {
                errors.add(new FieldError(at + ".unit", "数值项须写明计量单位（如 tce、kWh）"));
            }
            if (item.violationWhen() != null) {
                if (!"YES_NO".equals(item.kind())) {
                    errors.add(new FieldError(at + ".violationWhen", "只有“是否”项可以指定违法答案"));
                } else if (!item.violationWhen().equals("YES")
                        && !item.violationWhen().equals("NO")) {
                    errors.add(new FieldError(at + ".violationWhen", "须为 YES 或 NO"));
                } else if (item.lawArticle() == null || item.lawArticle().isBlank()) {
                    errors.add(new FieldError(at + ".lawArticle", "构成违法的检查项须写明法律依据"));
                }
            }
            if (item.lawArticle() != null && item.lawArticle().length() > 200) {
                errors.add(new FieldError(at + ".lawArticle", "不能超过 200 个字符"));
            }
            if (item.penaltyArticle() != null && item.penaltyArticle().length() > 200) {
                errors.add(new FieldError(at + ".penaltyArticle", "不能超过 200 个字符"));
            }
            String grading = ChecklistTemplate.Item.gradingOf(item.kind(), item.violationWhen());
            if (item.grading() != null && !item.grading().equals(grading)) {
                errors.add(new FieldError(at + ".grading", "该类检查项由 " + grading + " 判定，不能指定为 " + item.grading()));
            }
            items.add(new ChecklistTemplate.Item(
                    item.code(),
                    item.kind(),
                    item.label() == null ? null : item.label().strip(),
                    blankToNull(item.unit()),
                    blankToNull(item.lawArticle()),
                    blankToNull(item.penaltyArticle()),
                    item.violationWhen(),
                    grading));
        }
        return items;
    }

    private TemplateVersion view(TemplateMapper.VersionRow row) {
        return new TemplateVersion(
                row.id(),
                row.code(),
                row.version(),
                row.inspectionType(),
                row.title(),
                row.status(),
                row.createdBy(),
                row.createdAt(),
                row.publishedBy(),
                row.publishedAt(),
                row.cases(),
                items(row));
    }

    private List<ChecklistTemplate.Item> items(TemplateMapper.VersionRow row) {
        try {
            return json.readValue(row.itemsJson(), new TypeReference<List<ChecklistTemplate.Item>>() {}).stream()
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
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checklist template " + row.id() + " is not valid JSON", e);
        }
    }

    private String write(List<ChecklistTemplate.Item> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write checklist items", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
