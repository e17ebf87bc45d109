package cn.energyinspect.rules.basis;

/**
 * Containment of GB/T 2260 six-digit division codes by their structure: {@code PPCCDD}, where a province ends in
 * {@code 0000} and a city in {@code 00}. Needs no data; the region lookup with names lives in the region package.
 */
public final class RegionCodes {
    private RegionCodes() {}

    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return !code.startsWith("00");
    }

    /** The significant prefix: 2 digits for a province, 4 for a city, 6 for a county. */
    public static String prefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    /** Whether {@code code} is {@code ancestor} or lies within it (a county within its city and province). */
    public static boolean isWithin(String code, String ancestor) {
        return code.startsWith(prefix(ancestor));
    }

    public static String provinceOf(String code) {
        return code.substring(0, 2) + "0000";
    }

    public static String cityOf(String code) {
        return code.substring(0, 4) + "00";
    }
}
