package cn.energyinspect.rules.whitelist;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * A scored 白名单 application.
 *
 * @param verdict RECOMMENDED when the total reaches the pass mark and no band excludes the application
 * @param totalScore sum of the contributions, 0-100
 * @param passMark minimum total to recommend
 * @param contributions one per criterion, in {@link Criterion} order
 * @param reasons the verdict in words
 * @param basis the scorecard rows used
 * @param unconfirmed whether the scorecard rests on UNCONFIRMED values (always, until an official formula is loaded)
 */
public record WhitelistAssessment(
        Verdict verdict,
        double totalScore,
        double passMark,
        List<Contribution> contributions,
        List<String> reasons,
        List<Basis> basis,
        boolean unconfirmed) {

    public WhitelistAssessment {
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
        basis = List.copyOf(basis);
    }

    /** Recommendation of the scorecard; the listing decision stays with the department. */
    public enum Verdict {
        RECOMMENDED,
        NOT_RECOMMENDED
    }
}
