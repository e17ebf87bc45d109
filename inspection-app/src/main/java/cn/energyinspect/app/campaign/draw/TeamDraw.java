package cn.energyinspect.app.campaign.draw;

import cn.energyinspect.app.campaign.draw.DrawResult.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5 of docs/draw-algorithm.md: targets in ascending HMAC(seed, uscc); for each, the eligible inspectors by
 * (load so far, HMAC(seed, uscc ":" username), username), taking the first {@code teamSize}. The load counts the
 * assignments made earlier in this draw, which is what balances the workload.
 */
final class TeamDraw {
    private final DrawParameters parameters;
    private final Digests.Hmac hmac;

    TeamDraw(DrawParameters parameters, Digests.Hmac hmac) {
        this.parameters = parameters;
        this.hmac = hmac;
    }

    List<Team> draw(List<String> targets, InspectorRoster roster) {
        var certified = roster.inspectors().stream()
                .filter(i -> i.certifiedOn(parameters.drawDate()))
                .toList();
        Map<String, Integer> load = new HashMap<>();
        certified.forEach(i -> load.put(i.username(), i.currentLoad()));
        var teams = new ArrayList<Team>();
        var shortfalls = new ArrayList<InsufficientInspectorsException.Shortfall>();
        for (var uscc : inAssignmentOrder(targets)) {
            record Ranked(Inspector inspector, int load, String hmac) {}
            var team = certified.stream()
                    .filter(i ->
                            !i.conflicts().contains(uscc) && !i.lastInspected().contains(uscc))
                    .map(i -> new Ranked(i, load.get(i.username()), hmac.of(uscc + ":" + i.username())))
                    .sorted(Comparator.comparingInt(Ranked::load)
                            .thenComparing(Ranked::hmac)
                            .thenComparing(r -> r.inspector().username()))
                    .limit(parameters.teamSize())
                    .map(r -> r.inspector().username())
                    .toList();
            if (team.size() < parameters.teamSize()) {
                shortfalls.add(new InsufficientInspectorsException.Shortfall(uscc, parameters.teamSize(), team.size()));
            }
            team.forEach(u -> load.merge(u, 1, Integer::sum));
            teams.add(new Team(uscc, team));
        }
        if (!shortfalls.isEmpty()) {
            throw new InsufficientInspectorsException(shortfalls);
        }
        return teams;
    }

    private List<String> inAssignmentOrder(List<String> targets) {
        record Keyed(String uscc, String hmac) {}
        return targets.stream()
                .map(u -> new Keyed(u, hmac.of(u)))
                .sorted(Comparator.comparing(Keyed::hmac).thenComparing(Keyed::uscc))
                .map(Keyed::uscc)
                .toList();
    }
}
