package cn.energyinspect.app.inspection;

import java.time.LocalDate;

/** A case list query: the caller's filters, always narrowed by its jurisdiction (scope prefix, own enterprise). */
public record CaseQuery(
        String scopePrefix,
        String scopeUscc,
        CaseStatus status,
        String regionPrefix,
        InspectionType type,
        String enterpriseUscc,
        LocalDate openedFrom,
        LocalDate openedTo,
        Long campaignId,
        int offset,
        int limit) {}
