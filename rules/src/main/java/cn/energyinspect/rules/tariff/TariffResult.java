package cn.energyinspect.rules.tariff;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;
import java.util.List;

/**
 * The tiered-price surcharge of one plant and year: {@code steps = round(excess / stepSize)} (ceiling or floor as the
 * data says), {@code surcharge = steps × stepSurcharge} yuan/kWh on all grid electricity the plant uses.
 *
 * @param excess how far the value lies above the threshold; 0 when at or below it
 * @param surcharged whether any surcharge applies
 * @param basis the rows used: threshold, step size, step surcharge, rounding
 * @param unconfirmed true when any of them is UNCONFIRMED (all are, for aluminium, until verified)
 */
public record TariffResult(
        String product,
        String indicator,
        int tariffYear,
        BigDecimal value,
        String unit,
        BigDecimal threshold,
        BigDecimal excess,
        BigDecimal stepSize,
        int steps,
        BigDecimal stepSurchargeYuanPerKwh,
        BigDecimal surchargeYuanPerKwh,
        boolean surcharged,
        List<Basis> basis,
        boolean unconfirmed,
        List<String> unconfirmedValues) {}
