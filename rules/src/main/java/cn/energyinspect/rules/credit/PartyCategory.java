package cn.energyinspect.rules.credit;

import java.util.Arrays;
import java.util.Optional;

/** 行政相对人类别 (CF_XDR_LB): the three values of the national exchange format (credit-and-documents.md A1.3 [C]). */
public enum PartyCategory {
    ORGANISATION("法人及非法人组织"),
    SELF_EMPLOYED("个体工商户"),
    PERSON("自然人");

    private final String value;

    PartyCategory(String value) {
        this.value = value;
    }

    /** The value the exchange format carries, e.g. 法人及非法人组织. */
    public String value() {
        return value;
    }

    public static Optional<PartyCategory> ofValue(String value) {
        return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
    }
}
