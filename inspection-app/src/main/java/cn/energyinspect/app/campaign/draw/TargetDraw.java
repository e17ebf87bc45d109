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
    static final String SINGLE_STRATUM = DrawParameters.SINGLE_STRATUM;

    private final DrawParameters parameters;
    private final Digests.Hmac hmac;

    TargetDraw(DrawParameters parameters, Digests.Hmac hmac) {
        this.parameters = parameters;
        this.hmac = hmac;
    }

    record Outcome(List<String> named, List<Exclusion> excluded, List<StratumDraw> strata) {}

    Outcome draw(PoolSnapshot pool) {
        var sorted = sort(pool);
        var drawn = new ArrayList<StratumDraw>();
        sorted.strata().forEach((key, members) -> drawn.add(drawStratum(key, members)));
        return new Outcome(sorted.named(), sorted.excluded(), drawn);
    }

    /** Steps 1–3 only: the strata with their sizes and quotas; no seed is needed. */
    DrawPreview preview(PoolSnapshot pool) {
        var sorted = sort(pool);
        var strata = new ArrayList<DrawPreview.Stratum>();
        var uncounted = new ArrayList<String>();
        sorted.strata().forEach((key, members) -> {
            if (parameters.ratio() == null && !parameters.countPerStratum().containsKey(key)) {
                uncounted.add(key);
                strata.add(new DrawPreview.Stratum(key, members.size(), 0));
            } else {
                strata.add(new DrawPreview.Stratum(key, members.size(), quota(key, members.size())));
            }
        });
        return new DrawPreview(strata, sorted.named().size(), sorted.excluded().size(), uncounted);
    }

    private record Sorted(List<String> named, List<Exclusion> excluded, TreeMap<String, List<Candidate>> strata) {}

    private Sorted sort(PoolSnapshot pool) {
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
        return new Sorted(named, excluded, strata);
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
