package cn.energyinspect.rules.equipment;

/**
 * The classification quantities of GB 19761-2020 (as used by its tables 1, 2 and 4): named functions so each can be
 * tested at the tables' corner points. Pressures in Pa, flow in m³/h, speed in r/min, density in kg/m³.
 */
public final class FanFormulas {
    /** Isentropic exponent of air used for the compressibility factor. */
    public static final double AIR_ISENTROPIC_EXPONENT = 1.4;

    /** Standard air density the specific speed refers to (the 1.2 of the formula). */
    public static final double STANDARD_DENSITY = 1.2;

    private FanFormulas() {}

    /** Impeller tip speed u = π·D·n/60 with D = No × 0.1 m (机号 = impeller diameter in dm). */
    public static double tipSpeed(double machineNumber, double speedRpm) {
        return Math.PI * machineNumber * 0.1 * speedRpm / 60;
    }

    /**
     * Compressibility factor k_p = x·[((k−1)/k·x + 1)^(k/(k−1)) − 1]⁻¹ with x = p_F / p_sg2; 1 when p_sg2 is not given
     * (as the transcription does).
     */
    public static double compressibilityFactor(double totalPressurePa, Double stagnationPressurePa, double k) {
        if (stagnationPressurePa == null || stagnationPressurePa <= 0) {
            return 1.0;
        }
        double x = totalPressurePa / stagnationPressurePa;
        return x / (Math.pow((k - 1) / k * x + 1, k / (k - 1)) - 1);
    }

    /** Pressure coefficient ψ = p_F·k_p / (ρ·u²). */
    public static double pressureCoefficient(double totalPressurePa, double kp, double density, double tipSpeed) {
        return totalPressurePa * kp / (density * tipSpeed * tipSpeed);
    }

    /** Specific speed n_s = 5.54·n·√(Q/3600) / (1.2·p_F·k_p/ρ)^0.75. */
    public static double specificSpeed(
            double speedRpm, double flowM3h, double totalPressurePa, double kp, double density) {
        return 5.54
                * speedRpm
                * Math.sqrt(flowM3h / 3600)
                / Math.pow(STANDARD_DENSITY * totalPressurePa * kp / density, 0.75);
    }
}
