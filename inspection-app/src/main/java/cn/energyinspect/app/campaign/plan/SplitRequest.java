package cn.energyinspect.app.campaign.plan;

import java.util.List;

/** {@code POST /{id}/split}: the complete set of sub-plans, one per agency of the next tier down. */
public record SplitRequest(List<Child> children) {
    public record Child(Long agencyId, Integer quota) {}
}
