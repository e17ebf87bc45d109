package cn.energyinspect.rules.energy;

/** Where the coefficient applied to an item came from. */
public enum CoefficientOrigin {
    /** The reference coefficient of GB/T 2589 (data file). */
    REFERENCE,
    /** A measured coefficient (实测低位发热量) supplied with the item. */
    MEASURED,
    /** The electricity equal value (等价值) supplied with the request. */
    EQUAL_VALUE_PARAMETER
}
