package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.refusal.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a new plan field by field, so a refusal names every offending field at once. */
final class PlanValidation {
    /** A GB/T 4754 section letter, optionally followed by a division, group or class (C, C30, C301, C3011). */
    private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");

    private static final Set<String> TYPES = Set.of("ON_SITE", "DESK");

    private PlanValidation() {}

    static List<FieldError> check(PlanForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.year() == null) {
            errors.add(new FieldError("year", "必填"));
        } else if (form.year() < 2000 || form.year() > 2100) {
            errors.add(new FieldError("year", "年度须在 2000 至 2100 之间"));
        }
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "必填"));
        } else if (form.title().length() > 200) {
            errors.add(new FieldError("title", "不得超过 200 字"));
        }
        if (form.inspectionType() == null || !TYPES.contains(form.inspectionType())) {
            errors.add(new FieldError("inspectionType", "须为 ON_SITE（现场监察）或 DESK（书面监察）"));
        }
        if (form.checklistTemplateCode() != null && form.checklistTemplateCode().length() > 64) {
            errors.add(new FieldError("checklistTemplateCode", "不得超过 64 个字符"));
        }
        checkIndustries(form.industries(), errors);
        if (form.quota() == null) {
            errors.add(new FieldError("quota", "必填"));
        } else if (form.quota() < 0) {
            errors.add(new FieldError("quota", "不得为负数"));
        }
        checkDeadlines(form, errors);
        return errors;
    }

    private static void checkIndustries(List<String> industries, List<FieldError> errors) {
        if (industries == null) {
            return;
        }
        for (int i = 0; i < industries.size(); i++) {
            String code = industries.get(i);
            if (code == null || !INDUSTRY_PREFIX.matcher(code).matches()) {
                errors.add(new FieldError("industries[" + i + "]", "不是有效的国民经济行业分类代码或其前缀（GB/T 4754，例如 C、C30、C3011）"));
            }
        }
    }

    /** The phases run in order: split, draw, execution, summary; each deadline on or after the one before. */
    private static void checkDeadlines(PlanForm form, List<FieldError> errors) {
        String[] names = {"splitDue", "drawDue", "executionDue", "summaryDue"};
        LocalDate[] dates = {form.splitDue(), form.drawDue(), form.executionDue(), form.summaryDue()};
        LocalDate previous = null;
        String previousName = null;
        for (int i = 0; i < names.length; i++) {
            if (dates[i] == null) {
                errors.add(new FieldError(names[i], "必填"));
                continue;
            }
            if (previous != null && dates[i].isBefore(previous)) {
                errors.add(new FieldError(names[i], "不得早于 " + previousName + "（" + previous + "）"));
            }
            previous = dates[i];
            previousName = names[i];
        }
    }
}
