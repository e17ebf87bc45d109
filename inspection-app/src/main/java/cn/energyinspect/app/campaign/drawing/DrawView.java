package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.campaign.draw.Commitment;
import java.time.Instant;

/**
 * One draw attempt as the API shows it. {@code seed} stays {@code null} until the draw is revealed: before that only
 * its SHA-256 (in the commitment) is known.
 */
public record DrawView(
        long id,
        long planId,
        int attempt,
        DrawStatus status,
        Commitment commitment,
        int poolSize,
        Integer targetCount,
        String reason,
        String committedBy,
        Instant committedAt,
        Instant drawnAt,
        Instant revealedAt,
        Instant supersededAt,
        String seed) {}
