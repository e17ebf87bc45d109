package cn.energyinspect.app.campaign.draw;

import cn.energyinspect.app.campaign.draw.DrawResult.Exclusion;
import cn.energyinspect.app.campaign.draw.DrawResult.ExclusionReason;
import cn.energyinspect.app.campaign.draw.DrawResult.RankedTarget;
import cn.energyinspect.app.campaign.draw.DrawResult.StratumDraw;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Steps 1–4 of docs/draw-algorithm.md: named targets, exclusions, strata, rank by HMAC and take the quota. */
final class TargetDraw {
    static final String SINGLE_STRATUM = "ALL";

    private final DrawParameters parameters;
    private final Digests.Hmac hmac;

    TargetDraw(DrawParameters parameters, Digests.Hmac hmac) {
        this.parameters = parameters;
        this.hmac = hmac;
    }

    record Outcome(List<String> named, List<Exclusion> excluded, List<StratumDraw> strata) {}

    Outcome draw(PoolSnapshot pool) {
        var named = new ArrayList<String>();
        var excluded = new ArrayList<Exclusion>();
        var strata = new TreeMap<String, List<Candidate>>();
        var cutoff = parameters.drawDate().minusMonths(parameters.excludeInspectedWithinMonths());
        for (var c : pool.candidates()) {
            if (c.named()) {
                named.add(c.uscc());
            } else if (parameters.excludeInspectedWithinMonths() > 0
                    && c.lastInspectedOn() != null
                    && !c.lastInspectedOn().isBefore(cutoff)) {
                excluded.add(new Exclusion(
                        c.uscc(), ExclusionReason.INSPECTED_RECENTLY, "lastInspectedOn=" + c.lastInspectedOn()));
            } else {
                strata.computeIfAbsent(stratumOf(c), k -> new ArrayList<>()).add(c);
            }
        }
        var drawn = new ArrayList<StratumDraw>();
        strata.forEach((key, members) -> drawn.add(drawStratum(key, members)));
        return new Outcome(named, excluded, drawn);
    }

    String stratumOf(Candidate c) {
        if (parameters.stratifyBy().isEmpty()) {
            return SINGLE_STRATUM;
        }
        return parameters.stratifyBy().stream().map(d -> d.of(c)).collect(Collectors.joining("/"));
    }

    private StratumDraw drawStratum(String key, List<Candidate> members) {
        int quota = quota(key, members.size());
        var ranked = members.stream()
                .map(c -> new RankedTarget(c.uscc(), hmac.of(c.uscc())))
                .sorted(Comparator.comparing(RankedTarget::hmac).thenComparing(RankedTarget::uscc))
                .limit(quota)
                .toList();
        return new StratumDraw(key, members.size(), quota, ranked);
    }

    int quota(String key, int size) {
        Map<String, Integer> counts = parameters.countPerStratum();
        if (counts.containsKey(key)) {
            return Math.min(counts.get(key), size);
        }
        if (parameters.ratio() == null) {
            throw new IllegalArgumentException("stratum " + key + " has no count and the parameters have no ratio");
        }
        return parameters
                .ratio()
                .multiply(BigDecimal.valueOf(size))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }
}
