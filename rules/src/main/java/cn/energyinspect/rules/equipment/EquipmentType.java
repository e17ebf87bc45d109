package cn.energyinspect.rules.equipment;

import java.util.Locale;

/** Kinds of equipment the conformity check knows: the ones with an efficiency standard or an elimination-catalogue entry. */
public enum EquipmentType {
    MOTOR("电动机"),
    TRANSFORMER("电力变压器"),
    BOILER("工业锅炉"),
    PUMP("清水离心泵"),
    FAN("通风机"),
    COMPRESSOR("容积式空气压缩机"),
    DATA_CENTRE("数据中心");

    private final String nameZh;

    EquipmentType(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese name forms and documents show, e.g. {@code 通风机}. */
    public String nameZh() {
        return nameZh;
    }

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
