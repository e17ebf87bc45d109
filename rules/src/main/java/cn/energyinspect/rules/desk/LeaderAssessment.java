package cn.energyinspect.rules.desk;

import java.util.List;

/**
 * A product of a report measured against the 能效领跑者 criteria (programmes.md §7.2, 2025).
 *
 * @param candidate every criterion the report can show is met and none fails (those it cannot show are listed to
 *     verify)
 */
public record LeaderAssessment(
        String product, String indicator, String subject, boolean candidate, List<LeaderCriterion> criteria) {
    public LeaderAssessment {
        criteria = List.copyOf(criteria);
    }
}
