package cn.energyinspect.app.campaign.draw;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/** The executing agency's inspectors as frozen at the moment of the draw, sorted by username. */
public record InspectorRoster(List<Inspector> inspectors) {

    public InspectorRoster {
        inspectors = inspectors.stream()
                .sorted(Comparator.comparing(Inspector::username))
                .toList();
        var seen = new HashSet<String>();
        for (var i : inspectors) {
            if (!seen.add(i.username())) {
                throw new IllegalArgumentException("roster lists " + i.username() + " twice");
            }
        }
    }
}
