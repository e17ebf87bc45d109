package cn.energyinspect.app.inspection;

import java.time.Instant;

/**
 * 现场监察笔录 as signed on site: the enterprise's representative signs, or refuses with the reason recorded.
 *
 * @param refusalReason required when the representative refused to sign (拒绝签字)
 */
public record OnSiteRecord(
        long caseId,
        String enterpriseRepresentative,
        boolean representativeSigned,
        String refusalReason,
        boolean inspectorsSigned,
        String place,
        Instant startedAt,
        Instant endedAt) {}
