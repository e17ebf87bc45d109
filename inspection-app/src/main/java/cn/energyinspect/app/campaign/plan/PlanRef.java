package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.agency.Agency;

/** The identity and standing of a plan, for code outside the plan package that needs no viewer-specific parts. */
public record PlanRef(
        long id,
        long agencyId,
        String regionCode,
        Agency.Tier tier,
        Long parentPlanId,
        int year,
        String title,
        String inspectionType,
        int quota,
        PlanStatus status,
        PlanView.Deadlines deadlines) {}
