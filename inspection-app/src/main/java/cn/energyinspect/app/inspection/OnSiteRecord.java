package cn.energyinspect.app.inspection;

import java.time.Instant;

/**
 * 现场监察笔录 as signed on site: the enterprise's representative signs, or refuses with the reason recorded.
 *
 * @param round the inspection round it records
 * @param refusalReason required when the representative refused to sign (拒绝签字)
 * @param endedAt when the inspection ended, as signed; the statement period and the 20-day limit count from it
 * @param enteredAt when the signed record reached the server; a day after {@code endedAt} shows as a late entry
 */
public record OnSiteRecord(
        long caseId,
        int round,
        String enterpriseRepresentative,
        boolean representativeSigned,
        String refusalReason,
        boolean inspectorsSigned,
        String place,
        Instant startedAt,
        Instant endedAt,
        Instant enteredAt,
        String enteredBy) {}
