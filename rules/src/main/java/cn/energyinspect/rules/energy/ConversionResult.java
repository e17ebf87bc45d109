package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Confidence;
import java.math.BigDecimal;
import java.util.List;

/**
 * Comprehensive energy consumption of a list of items.
 *
 * @param totalTce the sum, tce, rounded half-up to 4 decimals
 * @param electricityBasis how electricity was counted
 * @param items each item converted, in request order
 * @param keyEnergyUnit the 重点用能单位 classification of {@code totalTce}, read as an annual figure
 * @param confidence the weakest confidence of the coefficients used: an UNCONFIRMED coefficient makes the total
 *     UNCONFIRMED
 */
public record ConversionResult(
        BigDecimal totalTce,
        ElectricityBasis electricityBasis,
        List<ItemResult> items,
        KeyUnitVerdict keyEnergyUnit,
        Confidence confidence) {

    public ConversionResult {
        items = List.copyOf(items);
    }
}
