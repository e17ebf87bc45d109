package cn.energyinspect.app.campaign.draw;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Too few eligible inspectors for one or more targets. The draw cannot be completed as committed: the agency must
 * change the roster or the team size and publish a new commitment, which is why this is an exception and not a
 * partial result.
 */
public class InsufficientInspectorsException extends RuntimeException {
    private final List<Shortfall> shortfalls;

    public InsufficientInspectorsException(List<Shortfall> shortfalls) {
        super(describe(shortfalls));
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    /** @param eligible how many eligible inspectors there were for the target, after earlier targets */
    public record Shortfall(String uscc, int needed, int eligible) {
        public int missing() {
            return needed - eligible;
        }
    }

    private static String describe(List<Shortfall> shortfalls) {
        return shortfalls.size() + " target(s) lack eligible inspectors / 可选执法人员不足: "
                + shortfalls.stream()
                        .map(s -> s.uscc() + " needs " + s.needed() + ", " + s.eligible() + " eligible, " + s.missing()
                                + " missing (缺 " + s.missing() + " 人)")
                        .collect(Collectors.joining("; "));
    }
}
