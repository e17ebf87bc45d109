package cn.energyinspect.app.campaign.drawing;

import java.time.Instant;

/** A row of {@code campaign_draw} without its large inputs and without the seed. */
record DrawRow(
        Long id,
        Long planId,
        Integer attempt,
        DrawStatus status,
        String poolSha256,
        String inspectorsSha256,
        String parametersSha256,
        String seedSha256,
        Integer poolSize,
        Integer targetCount,
        String reason,
        String committedBy,
        Instant committedAt,
        Instant drawnAt,
        Instant revealedAt,
        Instant supersededAt) {}
