package cn.energyinspect.rules.energy;

/**
 * One energy consumed within the boundary.
 *
 * @param energyType a type of {@code coefficients.csv}, e.g. {@code RAW_COAL}, {@code ELECTRICITY}
 * @param quantity physical quantity, not negative
 * @param unit e.g. {@code t}, {@code kg}, {@code m3}, {@code 10^4m3}, {@code kWh}, {@code MWh}, {@code 10^4kWh},
 *     {@code MJ}, {@code GJ}
 * @param measuredCoefficientKgce a measured coefficient in kgce per the type's reference unit (kgce/kg for fuels,
 *     kgce/m3 for gases), or {@code null} to use the reference coefficient; required for types that only have a range
 *     ({@code NATURAL_GAS}, {@code COKE_OVEN_GAS})
 */
public record EnergyQuantity(String energyType, double quantity, String unit, Double measuredCoefficientKgce) {

    public EnergyQuantity(String energyType, double quantity, String unit) {
        this(energyType, quantity, unit, null);
    }
}
