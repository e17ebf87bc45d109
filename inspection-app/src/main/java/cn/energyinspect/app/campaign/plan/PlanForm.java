package cn.energyinspect.app.campaign.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A new plan as the API receives it. Types are loose (strings) so validation can name each offending field instead of
 * failing the whole body.
 */
public record PlanForm(
        Integer year,
        String title,
        String inspectionType,
        String checklistTemplateCode,
        List<String> industries,
        Boolean keyEnergyUnitsOnly,
        Integer quota,
        LocalDate splitDue,
        LocalDate drawDue,
        LocalDate executionDue,
        LocalDate summaryDue) {}
