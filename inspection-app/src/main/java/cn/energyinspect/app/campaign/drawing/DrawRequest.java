package cn.energyinspect.app.campaign.drawing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a draw as the client sends them (see {@code docs/draw-algorithm.md}). Without strata and without
 * a ratio or counts, the plan's own quota is drawn from one stratum.
 *
 * @param stratifyBy {@code COUNTY}, {@code INDUSTRY}, {@code RISK_CLASS} (last report year's desk-review
 *     screening HIGH, MEDIUM or LOW; without one, the key-unit flag KEY or GENERAL), in key order
 * @param ratio sampling ratio in (0, 1] for strata without a count
 * @param countPerStratum number to draw per stratum key, e.g. {@code {"330106": 3}}
 * @param excludeInspectedWithinMonths leave out enterprises inspected within this many months (default 12)
 * @param teamSize inspectors per target (default 2, at most 5)
 */
public record DrawRequest(
        List<String> stratifyBy,
        BigDecimal ratio,
        Map<String, Integer> countPerStratum,
        Integer excludeInspectedWithinMonths,
        Integer teamSize) {}
