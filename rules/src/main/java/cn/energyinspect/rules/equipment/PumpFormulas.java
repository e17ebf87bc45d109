package cn.energyinspect.rules.equipment;

/**
 * The clean-water pump formulas of GB 19762-2025 6.1 / 6.2 as named functions: specific speed and the minimum
 * efficiency η = a(ln n_s)² + b(ln Q)² + c(ln n_s)(ln Q) + d·ln n_s + e·ln Q − C (Q = Q_BEP in m³/h, η in %).
 */
public final class PumpFormulas {
    private PumpFormulas() {}

    /**
     * Specific speed n_s = 3.65·n·√Q / H^0.75, with Q in m³/s (half the flow for a double-suction impeller) and H the
     * head per stage.
     */
    public static double specificSpeed(
            double speedRpm, double flowM3h, double headM, int stages, boolean doubleSuction) {
        double q = flowM3h / 3600 / (doubleSuction ? 2 : 1);
        double h = headM / stages;
        return 3.65 * speedRpm * Math.sqrt(q) / Math.pow(h, 0.75);
    }

    /** The formula's value before the grade constant: a(ln n_s)² + b(ln Q)² + c(ln n_s)(ln Q) + d·ln n_s + e·ln Q. */
    public static double efficiencyBase(
            double specificSpeed, double flowM3h, double a, double b, double c, double d, double e) {
        double ln = Math.log(specificSpeed);
        double lq = Math.log(flowM3h);
        return a * ln * ln + b * lq * lq + c * ln * lq + d * ln + e * lq;
    }

    /** The minimum efficiency of one grade: {@link #efficiencyBase} − C. */
    public static double minimumEfficiency(double base, double constantC) {
        return base - constantC;
    }
}
