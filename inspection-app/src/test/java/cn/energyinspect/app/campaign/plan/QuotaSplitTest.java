package cn.energyinspect.app.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaSplitTest {
    @Test
    void children_adding_up_to_the_parents_quota_leave_nothing_for_the_parent() {
        assertThat(QuotaSplit.overParent(300, List.of(100, 120, 80))).isEmpty();
        assertThat(QuotaSplit.ownQuota(300, List.of(100, 120, 80))).isZero();
    }

    @Test
    void children_below_the_parents_quota_leave_the_rest_to_the_parent() {
        assertThat(QuotaSplit.overParent(100, List.of(60, 30))).isEmpty();
        assertThat(QuotaSplit.ownQuota(100, List.of(60, 30))).isEqualTo(10);
    }

    @Test
    void children_over_the_parents_quota_are_refused_by_how_much() {
        assertThat(QuotaSplit.overParent(100, List.of(60, 41))).hasValueSatisfying(error -> {
            assertThat(error.field()).isEqualTo("children");
            assertThat(error.message()).contains("101").contains("超出 1");
        });
    }

    @Test
    void no_overflow_with_huge_quotas() {
        assertThat(QuotaSplit.overParent(Integer.MAX_VALUE, List.of(Integer.MAX_VALUE, 1)))
                .isPresent();
    }
}
