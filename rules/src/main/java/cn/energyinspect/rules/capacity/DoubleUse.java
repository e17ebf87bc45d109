package cn.energyinspect.rules.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The double-use check (programmes.md §2.3): an exiting line may back one plan only. A line is identified by its
 * owner's 统一社会信用代码 and its line name, compared without case, spaces or full-width forms; the register of lines
 * used by other approved or pending plans is the caller's (the application keeps it across all regions).
 */
public final class DoubleUse {
    private DoubleUse() {}

    /** One exiting line: its owner's USCC and its name (生产线名称). */
    public record Line(String ownerUscc, String lineName) {
        /** The comparison key: upper-case USCC, line name without white space, full-width folded. */
        public String key() {
            return normalise(ownerUscc) + "|" + normalise(lineName);
        }
    }

    /** A line already used by another plan. */
    public record UsedLine(Line line, long planId, String planNumber, String status) {}

    /** The use of the plan's line {@code exitIndex} by another plan. */
    public record Conflict(int exitIndex, UsedLine usedBy) {}

    /**
     * Every exiting line of the plan that a plan other than {@code planId} uses, and every line the plan names twice
     * (reported against the plan itself).
     */
    public static List<Conflict> find(long planId, String planNumber, List<Line> exits, List<UsedLine> register) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < exits.size(); i++) {
            String key = exits.get(i).key();
            for (UsedLine used : register) {
                if (used.planId() != planId && used.line().key().equals(key)) {
                    conflicts.add(new Conflict(i, used));
                }
            }
            for (int j = 0; j < i; j++) {
                if (exits.get(j).key().equals(key)) {
                    conflicts.add(new Conflict(i, new UsedLine(exits.get(j), planId, planNumber, "SAME_PLAN")));
                }
            }
        }
        return List.copyOf(conflicts);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
