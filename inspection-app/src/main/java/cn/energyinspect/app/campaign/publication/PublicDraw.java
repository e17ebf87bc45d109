package cn.energyinspect.app.campaign.publication;

import cn.energyinspect.app.campaign.draw.Commitment;
import java.time.Instant;
import java.util.List;

/**
 * A draw of a published plan as anyone may read it: the commitment from the moment it is made; the seed, the
 * targets and their teams (name and 执法证 number only) once the seed is revealed; how to verify it.
 */
public record PublicDraw(
        int attempt,
        String status,
        Commitment commitment,
        int poolSize,
        Integer targetCount,
        String reason,
        Instant committedAt,
        Instant drawnAt,
        Instant revealedAt,
        Instant supersededAt,
        String seed,
        List<Target> targets,
        String verification) {

    public record Target(
            String uscc,
            String enterpriseName,
            String regionCode,
            String source,
            String stratum,
            String status,
            String replacementReason,
            List<Member> team) {}

    public record Member(String name, String certificateNo) {}
}
