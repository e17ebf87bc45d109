package cn.energyinspect.app.approval;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.rules.basis.Basis;
import java.time.LocalDate;
import java.util.List;

/**
 * A pre-check verdict as the pages show it: the decision, whether it lets the application be submitted, each reason
 * with its name and basis, the double uses found and the holds. A ratio not met is a verdict here, never an error.
 *
 * @param shortfall capacity still missing to reach the required ratio (capacity), or null
 * @param score white-list: the total, the pass mark and each component, or null
 */
public record PreCheckView(
        String decision,
        String decisionName,
        boolean submittable,
        Double requiredRatio,
        Double actualRatio,
        Double minimumExitCapacity,
        Double eligibleExitCapacity,
        Double shortfall,
        boolean hearingRequired,
        List<ReasonView> reasons,
        List<DoubleUseView> doubleUse,
        ScoreView score,
        Holds.HoldCheck holds,
        boolean unconfirmed,
        LocalDate checkedOn) {

    public record ReasonView(String code, String name, String message, BasisView basis) {}

    public record BasisView(
            String reference,
            String clause,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String confidence,
            String confidenceName,
            String source) {
        public static BasisView of(Basis basis) {
            if (basis == null) {
                return null;
            }
            return new BasisView(
                    basis.reference(),
                    basis.clause(),
                    basis.effectiveFrom(),
                    basis.effectiveTo(),
                    basis.confidence().name(),
                    DisplayNames.of(
                            DisplayNames.Category.CONFIDENCE, basis.confidence().name()),
                    basis.source());
        }
    }

    /** An exiting line another plan already uses (or named twice in this one). */
    public record DoubleUseView(
            int exitIndex,
            String lineName,
            String ownerUscc,
            long otherApplicationId,
            String otherApplicationNumber,
            String otherStatus,
            String otherStatusName) {}

    public record ScoreView(
            double total,
            double passMark,
            List<ComponentView> components,
            boolean provinceSettings,
            boolean confirmed) {}

    public record ComponentView(
            String criterion,
            String criterionName,
            String input,
            String band,
            double points,
            double weight,
            double score,
            boolean excludes,
            BasisView basis) {}
}
