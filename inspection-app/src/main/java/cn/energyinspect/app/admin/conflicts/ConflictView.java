package cn.energyinspect.app.admin.conflicts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A declared conflict of interest (回避) with its decision.
 *
 * @param status {@code DECLARED} (awaiting the supervisor; already keeps the inspector off the team), {@code
 *     APPROVED} or {@code REJECTED}
 * @param endsOn last day it holds, {@code null}: open-ended
 * @param inForce it keeps the inspector off the enterprise's teams today
 */
public record ConflictView(
        long id,
        String username,
        String displayName,
        Long agencyId,
        String agencyName,
        String enterpriseUscc,
        String enterpriseName,
        String reason,
        String status,
        LocalDate endsOn,
        Instant declaredAt,
        String decidedBy,
        String decidedByName,
        Instant decidedAt,
        String decisionNote,
        boolean inForce) {}
