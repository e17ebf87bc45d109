package cn.energyinspect.app.campaign.draw;

import java.util.List;

/**
 * The outcome of a draw, every list in its documented order.
 *
 * @param strata per stratum (by key ascending): its size after exclusions, its quota and the drawn targets by rank
 * @param named the named targets, included without draw, by uscc
 * @param excluded the candidates left out of the draw, with the reason, by uscc
 * @param teams one team per target, in the order teams were assigned (ascending HMAC of the target's uscc)
 */
public record DrawResult(List<StratumDraw> strata, List<String> named, List<Exclusion> excluded, List<Team> teams) {

    public DrawResult {
        strata = List.copyOf(strata);
        named = List.copyOf(named);
        excluded = List.copyOf(excluded);
        teams = List.copyOf(teams);
    }

    public record StratumDraw(String stratum, int size, int quota, List<RankedTarget> drawn) {
        public StratumDraw {
            drawn = List.copyOf(drawn);
        }
    }

    /** @param hmac HMAC-SHA-256(seed, uscc), lowercase hex: the rank key */
    public record RankedTarget(String uscc, String hmac) {}

    public record Exclusion(String uscc, ExclusionReason reason, String detail) {}

    public enum ExclusionReason {
        /** inspected on or after drawDate minus excludeInspectedWithinMonths */
        INSPECTED_RECENTLY
    }

    public record Team(String uscc, List<String> inspectors) {
        public Team {
            inspectors = List.copyOf(inspectors);
        }
    }

    /** All targets: named ones first, then the drawn ones stratum by stratum. */
    public List<String> targets() {
        var all = new java.util.ArrayList<>(named);
        strata.forEach(s -> s.drawn().forEach(t -> all.add(t.uscc())));
        return all;
    }
}
