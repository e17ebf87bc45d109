package cn.energyinspect.app.campaign.plan;

import java.util.List;

/**
 * {@code PUT /{id}/named-targets}: the complete list of enterprises the plan names, included without a draw (issue 5:
 * a national list, last year's violators for 复查, complaints).
 */
public record NamedTargets(List<Target> targets) {
    public record Target(String uscc, String reason) {}

    /** Why an enterprise is named rather than drawn. */
    public enum Reason {
        NATIONAL_LIST,
        REINSPECTION,
        COMPLAINT
    }
}
