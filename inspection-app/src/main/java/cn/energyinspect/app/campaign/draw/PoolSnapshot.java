package cn.energyinspect.app.campaign.draw;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/** The candidate pool as frozen at the moment of the draw, sorted by uscc (the canonical order). */
public record PoolSnapshot(List<Candidate> candidates) {

    public PoolSnapshot {
        candidates = candidates.stream()
                .sorted(Comparator.comparing(Candidate::uscc))
                .toList();
        var seen = new HashSet<String>();
        for (var c : candidates) {
            if (!seen.add(c.uscc())) {
                throw new IllegalArgumentException("pool lists " + c.uscc() + " twice");
            }
        }
    }
}
