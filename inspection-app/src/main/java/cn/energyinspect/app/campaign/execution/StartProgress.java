package cn.energyinspect.app.campaign.execution;

import cn.energyinspect.app.refusal.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How far the start of a plan's cases has come, read from the database (so it survives a restart).
 *
 * @param targets active targets of the revealed draw
 * @param started targets with their case
 * @param refused targets that could not get a case (see {@code refusals}: replace them or start again)
 * @param running whether the start is still working
 */
public record StartProgress(
        long planId,
        int targets,
        int started,
        int refused,
        boolean running,
        LocalDate visitDate,
        Instant requestedAt,
        Instant finishedAt,
        List<Refusal> refusals) {

    public record Refusal(String uscc, String enterpriseName, String reason) {}
}
