package cn.energyinspect.app.campaign.publication;

import java.time.Instant;
import java.time.LocalDate;

/** A published plan as anyone may read it. */
public record PublicPlan(
        long id,
        int year,
        String title,
        String tier,
        String agencyName,
        String regionCode,
        String regionName,
        String inspectionType,
        int quota,
        LocalDate drawDue,
        LocalDate executionDue,
        Instant publishedAt,
        Instant resultsPublishedAt) {}
