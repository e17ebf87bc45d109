package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;
import java.time.LocalDate;

/** A row of {@code campaign_plan}; {@code industries} is the JSON array as stored. */
record PlanRow(
        Long id,
        Long agencyId,
        String regionCode,
        Agency.Tier tier,
        Long parentPlanId,
        Integer planYear,
        String title,
        String inspectionType,
        String checklistTemplateCode,
        String industries,
        Boolean keyEnergyUnitsOnly,
        Integer quota,
        PlanStatus status,
        String returnReason,
        LocalDate splitDue,
        LocalDate drawDue,
        LocalDate executionDue,
        LocalDate summaryDue,
        String createdBy,
        Integer version) {}
