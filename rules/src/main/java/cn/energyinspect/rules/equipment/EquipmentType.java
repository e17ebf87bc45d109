package cn.energyinspect.rules.equipment;

import java.util.Locale;

/** Kinds of equipment the conformity check knows: the ones with an efficiency table or an elimination-catalogue entry. */
public enum EquipmentType {
    MOTOR,
    TRANSFORMER,
    BOILER,
    PUMP,
    FAN,
    COMPRESSOR;

    /** The type named by {@code text} (case-insensitive), or {@code null} when unknown. */
    static EquipmentType parse(String text) {
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
