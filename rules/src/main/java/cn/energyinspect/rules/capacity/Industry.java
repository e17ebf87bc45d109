package cn.energyinspect.rules.capacity;

import java.util.Locale;

/** Industries under capacity replacement with ratios loaded (electrolytic aluminium is not: regulations.md §6.4). */
public enum Industry {
    /** Ironmaking / steelmaking capacity, t/yr; ironmaking and steelmaking are replaced separately. */
    STEEL,
    /** Cement clinker capacity, t/yr. */
    CEMENT_CLINKER,
    /** Flat-glass melting capacity, t/d. */
    FLAT_GLASS;

    static Industry parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
