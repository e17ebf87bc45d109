package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;
import java.util.List;

/**
 * The key-energy-consuming-unit classification and the numbers it compared.
 *
 * @param status the verdict
 * @param annualTce the comprehensive energy consumption classified, tce per year
 * @param keyUnitThresholdTce at or above this a unit is a key unit (10,000)
 * @param designationThresholdTce at or above this a unit may be designated (5,000)
 * @param basis the provisions of the thresholds
 */
public record KeyUnitVerdict(
        KeyUnitStatus status,
        BigDecimal annualTce,
        BigDecimal keyUnitThresholdTce,
        BigDecimal designationThresholdTce,
        List<Basis> basis) {

    public KeyUnitVerdict {
        basis = List.copyOf(basis);
    }
}
