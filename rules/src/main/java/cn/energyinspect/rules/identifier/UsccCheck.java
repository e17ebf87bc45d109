package cn.energyinspect.rules.identifier;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * The verdict on one unified social credit code.
 *
 * @param code the code as given
 * @param valid whether it has 18 characters from the GB 32100 set, digits in positions 3–8 and the right check
 *     character
 * @param errors every problem found, in Chinese, positions counted from 1; empty when valid
 * @param regionCode positions 3–8 (GB/T 2260 code of the registering authority) of a valid code, else {@code null}
 * @param expectedCheckCharacter the check character the first 17 characters call for, or {@code null} when they cannot
 *     be weighted (wrong length or foreign characters)
 * @param organisationCodeConsistent whether positions 9–17 carry a consistent GB 11714 check digit; informational, does
 *     not affect {@code valid}; {@code null} for an invalid code
 * @param basis GB 32100-2015
 */
public record UsccCheck(
        String code,
        boolean valid,
        List<String> errors,
        String regionCode,
        String expectedCheckCharacter,
        Boolean organisationCodeConsistent,
        Basis basis) {

    public UsccCheck {
        errors = List.copyOf(errors);
    }
}
