/**
 * Tiered electricity surcharges (阶梯电价) computed from a plant's indicator and the year's threshold (regulations.md
 * §7.1, electrolytic aluminium: 发改价格〔2021〕1239号). Every aluminium row is UNCONFIRMED until verified against the
 * notice, and every result says so. The system produces the notice and data feed; it does not bill.
 */
package cn.energyinspect.rules.tariff;
