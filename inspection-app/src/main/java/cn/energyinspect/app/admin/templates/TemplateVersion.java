package cn.energyinspect.app.admin.templates;

import cn.energyinspect.app.inspection.ChecklistTemplate;
import java.time.Instant;
import java.util.List;

/**
 * One version of a checklist template with its state.
 *
 * @param status {@code DRAFT} (editable, starts no case) or {@code PUBLISHED} (immutable)
 * @param cases how many cases started with this version
 */
public record TemplateVersion(
        long id,
        String code,
        int version,
        String inspectionType,
        String title,
        String status,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        long cases,
        List<ChecklistTemplate.Item> items) {}
