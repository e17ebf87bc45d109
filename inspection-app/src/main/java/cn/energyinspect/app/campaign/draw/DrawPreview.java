package cn.energyinspect.app.campaign.draw;

import java.util.List;

/**
 * What a draw with these parameters would take from the pool, before any seed exists: the strata with their sizes
 * and quotas, the named targets and the exclusions. The quotas do not depend on the seed, only who is drawn does.
 *
 * @param uncounted strata that have neither a count nor, for want of a ratio, a quota (shown with quota 0): the draw
 *     itself refuses such parameters
 */
public record DrawPreview(List<Stratum> strata, int named, int excluded, List<String> uncounted) {

    public DrawPreview {
        strata = List.copyOf(strata);
        uncounted = List.copyOf(uncounted);
    }

    public record Stratum(String stratum, int size, int quota) {}

    /** Targets the draw will produce: the named ones and every stratum's quota. */
    public int targets() {
        return named + drawn();
    }

    public int drawn() {
        return strata.stream().mapToInt(Stratum::quota).sum();
    }

    public static DrawPreview of(PoolSnapshot pool, DrawParameters parameters) {
        return new TargetDraw(parameters, null).preview(pool);
    }
}
