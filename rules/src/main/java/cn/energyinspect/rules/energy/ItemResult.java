package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;

/**
 * One converted item: {@code tce = quantity × coefficientKgcePerUnit / 1000}.
 *
 * @param index position of the item in the request
 * @param energyType type code
 * @param name Chinese name of the energy
 * @param quantity quantity as given
 * @param unit unit as given
 * @param coefficientKgcePerUnit coefficient applied, in kgce per {@code unit} (e.g. 714.3 kgce/t for raw coal in t)
 * @param origin reference, measured, or the electricity equal-value parameter
 * @param tce tonnes of standard coal, rounded half-up to 4 decimals
 * @param basis where the coefficient comes from
 */
public record ItemResult(
        int index,
        String energyType,
        String name,
        BigDecimal quantity,
        String unit,
        BigDecimal coefficientKgcePerUnit,
        CoefficientOrigin origin,
        BigDecimal tce,
        Basis basis) {}
