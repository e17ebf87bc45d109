package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.refusal.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * The quota arithmetic of a split: the children's quotas may not add up to more than the parent's; what is left is
 * the parent agency's own share.
 */
final class QuotaSplit {
    private QuotaSplit() {}

    static Optional<FieldError> overParent(int parentQuota, List<Integer> childQuotas) {
        long sum = childQuotas.stream().mapToLong(Integer::longValue).sum();
        if (sum <= parentQuota) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(
                "children",
                "下级配额合计 " + sum + " 超出本计划配额 " + parentQuota + "，超出 " + (sum - parentQuota)
                        + "（quota over the parent's by " + (sum - parentQuota) + "）"));
    }

    static int ownQuota(int quota, List<Integer> childQuotas) {
        return quota - childQuotas.stream().mapToInt(Integer::intValue).sum();
    }
}
