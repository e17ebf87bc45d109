package cn.energyinspect.rules.energy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The units an item may be reported in, each a multiple of its dimension's base unit. */
enum EnergyUnit {
    KG(Dimension.MASS, "1", "kg", "千克"),
    T(Dimension.MASS, "1000", "t", "吨"),
    M3(Dimension.VOLUME, "1", "m3", "m³", "立方米"),
    TEN_THOUSAND_M3(Dimension.VOLUME, "10000", "10^4m3", "10⁴m³", "万m3", "万m³", "万立方米"),
    KWH(Dimension.ELECTRICITY, "1", "kWh", "kW·h", "千瓦时"),
    MWH(Dimension.ELECTRICITY, "1000", "MWh", "MW·h"),
    TEN_THOUSAND_KWH(Dimension.ELECTRICITY, "10000", "10^4kWh", "10⁴kWh", "万kWh", "万kW·h", "万千瓦时"),
    MJ(Dimension.HEAT, "1", "MJ"),
    GJ(Dimension.HEAT, "1000", "GJ");

    enum Dimension {
        MASS,
        VOLUME,
        ELECTRICITY,
        HEAT
    }

    private final Dimension dimension;
    private final BigDecimal inBaseUnits;
    private final List<String> spellings;

    EnergyUnit(Dimension dimension, String inBaseUnits, String... spellings) {
        this.dimension = dimension;
        this.inBaseUnits = new BigDecimal(inBaseUnits);
        this.spellings = List.of(spellings);
    }

    /** The unit spelt {@code text} (case-insensitive, spaces ignored), if any. */
    static Optional<EnergyUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.replace(" ", "").toLowerCase(Locale.ROOT);
        for (EnergyUnit unit : values()) {
            for (String spelling : unit.spellings) {
                if (spelling.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    Dimension dimension() {
        return dimension;
    }

    /** How many of {@code other} make one of this unit (same dimension). */
    BigDecimal in(EnergyUnit other) {
        return inBaseUnits.divide(other.inBaseUnits);
    }

    String symbol() {
        return spellings.getFirst();
    }

    /** The symbols of the units of {@code dimension}, for messages. */
    static List<String> symbols(Dimension dimension) {
        return java.util.Arrays.stream(values())
                .filter(unit -> unit.dimension == dimension)
                .map(EnergyUnit::symbol)
                .toList();
    }
}
