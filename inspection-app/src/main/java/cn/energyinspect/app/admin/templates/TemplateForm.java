package cn.energyinspect.app.admin.templates;

import cn.energyinspect.app.inspection.ChecklistTemplate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A new version of a checklist template (a draft until published), or a change of a draft.
 *
 * @param code the template's code; a new code starts at version 1, an existing one gets its next version
 * @param inspectionType {@code ON_SITE} or {@code DESK}; a new version keeps its template's type
 * @param items the items; each item's grading rule follows from its kind (see {@link ChecklistTemplate.Item})
 */
public record TemplateForm(
        @Schema(example = "ON_SITE_GENERAL") String code,
        @Schema(example = "ON_SITE") String inspectionType,
        @Schema(example = "工业节能现场监察检查表（通用）") String title,
        List<ChecklistTemplate.Item> items) {}
