package cn.energyinspect.rules.identifier;

/**
 * The check digit of a GB 11714 organisation code (9 characters: 8 body characters, weights 3,7,9,10,5,8,4,2, mod 11; 10
 * is written {@code X}, 11 as {@code 0}). Informational only, see the package documentation.
 */
final class OrganisationCode {
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganisationCode() {}

    static boolean isConsistent(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = Character.digit(code.charAt(i), 36);
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return code.charAt(8) == expected;
    }
}
