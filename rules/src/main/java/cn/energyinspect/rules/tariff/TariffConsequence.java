package cn.energyinspect.rules.tariff;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;
import java.util.List;

/**
 * A price rule a figure falls under. The system produces the notice and data feed; it does not bill.
 *
 * @param rule the rule's code, e.g. {@code CEMENT_TIERED}
 * @param nameZh the rule and band as people read it
 * @param tariffYear the year the price applies to (the year after the figure's year)
 * @param value the figure
 * @param reference what the band compares: the excess over the limit, the ratio to it, or the value itself
 * @param threshold the figure, in its own unit, above which the band applies: the limit plus the band's lower excess,
 *     the limit times its lower ratio, the band's lower value, or aluminium's tiered threshold
 * @param surchargeYuanPerKwh the surcharge the rule fixes, {@code null} when the province sets it or the source does
 *     not state it
 * @param basis the rule's rows (and the tiered tariff's, for aluminium)
 * @param unconfirmed whether any of them is UNCONFIRMED
 */
public record TariffConsequence(
        String rule,
        String nameZh,
        int tariffYear,
        BigDecimal value,
        BigDecimal reference,
        BigDecimal threshold,
        BigDecimal surchargeYuanPerKwh,
        List<Basis> basis,
        boolean unconfirmed) {

    public TariffConsequence {
        basis = List.copyOf(basis);
    }
}
