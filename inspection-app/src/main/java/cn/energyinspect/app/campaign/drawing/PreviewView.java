package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.campaign.draw.DrawPreview;
import java.util.List;

/**
 * What a draw with the given parameters would take, before anything is committed: counts per stratum, the named
 * targets, the exclusions, and whether the roster can form the teams.
 *
 * @param toDraw how many the strata's quotas add up to (at most {@code ownQuota})
 * @param certifiedInspectors inspectors of the executing agency with a 执法证 valid today
 * @param riskClassBasis where the RISK_CLASS strata come from: last report year's screening or the key-unit flag
 */
public record PreviewView(
        long planId,
        int ownQuota,
        int poolSize,
        int named,
        int excluded,
        int toDraw,
        List<DrawPreview.Stratum> strata,
        int certifiedInspectors,
        int teamSize,
        RiskClassBasis riskClassBasis) {}
