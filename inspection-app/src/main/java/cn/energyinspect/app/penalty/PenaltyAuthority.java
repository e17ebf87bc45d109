package cn.energyinspect.app.penalty;

import java.time.Instant;

/**
 * The 处罚机关 an agency decides as: its name and 统一社会信用代码 (CF_CFJG and CF_CFJGDM, also CF_SJLY and CF_SJLYDM),
 * whether it acts in its own name ({@code OWN}, {@code AUTHORISED}) or in a commissioning agency's ({@code
 * COMMISSIONED}, with the 委托书), where the party applies for 复议 and how the fine is paid.
 */
public record PenaltyAuthority(
        long agencyId,
        String name,
        String uscc,
        String actingAs,
        String commissionRef,
        String reconsiderationBody,
        String court,
        String paymentPlace,
        String updatedBy,
        Instant updatedAt) {

    public static final java.util.Set<String> ACTING_AS = java.util.Set.of("OWN", "AUTHORISED", "COMMISSIONED");
}
