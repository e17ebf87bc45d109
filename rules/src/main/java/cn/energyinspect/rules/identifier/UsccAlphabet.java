package cn.energyinspect.rules.identifier;

/**
 * The 31 characters of GB 32100 (digits and capitals without I, O, S, V, Z) with their values 0–30, and the weights
 * 3^(i−1) mod 31 of positions 1–17.
 */
final class UsccAlphabet {
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int MODULUS = 31;
    private static final int[] WEIGHTS = weights();

    private UsccAlphabet() {}

    /** The value 0–30 of {@code c}, or −1 when it is outside the set. */
    static int valueOf(char c) {
        return CHARACTERS.indexOf(c);
    }

    /** The check character for 17 characters already known to be in the set. */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += valueOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    private static int[] weights() {
        int[] weights = new int[17];
        int weight = 1;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight;
            weight = weight * 3 % MODULUS;
        }
        return weights;
    }
}
