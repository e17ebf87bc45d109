package cn.energyinspect.rules.tariff;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which electricity-price rules a unit consumption falls under (tariff/consequences.csv): the aluminium tiered price
 * (through {@link TieredElectricityTariff}), the cement tiered price on the excess over the GB 16780 limit, the punitive
 * price of a quota-exceeding unit by its ratio to the limit, and the Beijing differential price for data centres. A
 * product with a rule of its own is not also given the wildcard rules. Immutable and thread-safe.
 */
public final class TariffConsequences {
    private static final String DEFAULT_RESOURCE = "/rules/tariff/consequences.csv";

    private record Band(
            String rule,
            String product,
            String indicator,
            String regionPrefix,
            String trigger,
            BigDecimal from,
            BigDecimal to,
            BigDecimal surcharge,
            String nameZh,
            Basis basis) {
        boolean specific() {
            return !"*".equals(product);
        }

        boolean covers(String p, String i) {
            return (product.equals("*") || product.equals(p)) && (indicator.equals("*") || indicator.equals(i));
        }

        boolean inBand(BigDecimal x) {
            return x.compareTo(from) > 0 && (to == null || x.compareTo(to) <= 0);
        }
    }

    private final List<Band> bands;
    private final TieredElectricityTariff tiered;

    private TariffConsequences(List<Band> bands, TieredElectricityTariff tiered) {
        this.bands = List.copyOf(bands);
        this.tiered = tiered;
    }

    public static TariffConsequences standard() {
        return Holder.STANDARD;
    }

    /**
     * The price rules {@code value} of {@code year} falls under.
     *
     * @param limit the quota 限定值 (grade 3, corrected) of the product and indicator; {@code null} when none applies
     *     (the excess and ratio rules are then skipped)
     * @param regionCode the unit's GB/T 2260 code (regional rules)
     * @return empty when no rule applies
     */
    public List<TariffConsequence> assess(
            String product, String indicator, double value, Double limit, int year, String regionCode) {
        LocalDate tariffDay = LocalDate.of(year + 1, 1, 1);
        boolean hasOwn = bands.stream().anyMatch(b -> b.specific() && b.covers(product, indicator));
        List<TariffConsequence> found = new ArrayList<>();
        BigDecimal x = BigDecimal.valueOf(value);
        for (Band band : bands) {
            if (!band.covers(product, indicator)
                    || (hasOwn && !band.specific())
                    || !band.basis().inForceOn(tariffDay)
                    || (!band.regionPrefix().isEmpty()
                            && (regionCode == null || !regionCode.startsWith(band.regionPrefix())))) {
                continue;
            }
            switch (band.trigger()) {
                case "TIERED_ALUMINIUM" -> aluminium(band, value, year + 1).ifPresent(found::add);
                case "EXCESS_OVER_LIMIT" -> {
                    if (limit != null) {
                        BigDecimal excess = x.subtract(BigDecimal.valueOf(limit));
                        if (band.inBand(excess)) {
                            found.add(consequence(
                                    band,
                                    year + 1,
                                    x,
                                    excess,
                                    BigDecimal.valueOf(limit).add(band.from())));
                        }
                    }
                }
                case "RATIO_TO_LIMIT" -> {
                    if (limit != null && limit > 0) {
                        BigDecimal ratio = x.divide(BigDecimal.valueOf(limit), MathContext.DECIMAL64);
                        if (band.inBand(ratio)) {
                            found.add(consequence(
                                    band,
                                    year + 1,
                                    x,
                                    ratio,
                                    BigDecimal.valueOf(limit).multiply(band.from())));
                        }
                    }
                }
                case "ABOVE_VALUE" -> {
                    if (band.inBand(x)) {
                        found.add(consequence(band, year + 1, x, x, band.from()));
                    }
                }
                default -> throw new IllegalStateException("unknown trigger " + band.trigger());
            }
        }
        return List.copyOf(found);
    }

    private java.util.Optional<TariffConsequence> aluminium(Band band, double value, int tariffYear) {
        TariffResult result;
        try {
            result = tiered.assess(new TariffQuery(band.product(), band.indicator(), tariffYear, value, "kWh/t"));
        } catch (InvalidInputException noRowsForTheYear) {
            return java.util.Optional.empty();
        }
        if (!result.surcharged()) {
            return java.util.Optional.empty();
        }
        List<Basis> basis = new ArrayList<>(result.basis());
        basis.addFirst(band.basis());
        return java.util.Optional.of(new TariffConsequence(
                band.rule(),
                band.nameZh() + "（超出 " + result.threshold().toPlainString() + " kWh/t 阈值 "
                        + result.excess().toPlainString() + " kWh/t，" + result.steps() + " 档）",
                tariffYear,
                result.value(),
                result.excess(),
                result.threshold(),
                result.surchargeYuanPerKwh(),
                basis,
                true));
    }

    private static TariffConsequence consequence(
            Band band, int tariffYear, BigDecimal value, BigDecimal reference, BigDecimal threshold) {
        return new TariffConsequence(
                band.rule(),
                band.nameZh(),
                tariffYear,
                value,
                reference.stripTrailingZeros(),
                threshold.stripTrailingZeros(),
                band.surcharge(),
                List.of(band.basis()),
                band.basis().unconfirmed());
    }

    static TariffConsequences load(String resource, TieredElectricityTariff tiered) {
        List<Band> bands = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String trigger = row.get("trigger");
            if (!List.of("TIERED_ALUMINIUM", "EXCESS_OVER_LIMIT", "RATIO_TO_LIMIT", "ABOVE_VALUE")
                    .contains(trigger)) {
                throw new IllegalStateException(row.where() + ": unknown trigger " + trigger);
            }
            bands.add(new Band(
                    row.get("rule"),
                    row.get("product"),
                    row.get("indicator"),
                    row.get("region_prefix"),
                    trigger,
                    row.isBlank("band_from") ? BigDecimal.ZERO.negate() : new BigDecimal(row.get("band_from")),
                    row.isBlank("band_to") ? null : new BigDecimal(row.get("band_to")),
                    row.isBlank("surcharge_yuan_per_kwh") ? null : new BigDecimal(row.get("surcharge_yuan_per_kwh")),
                    row.get("name_zh"),
                    row.basis()));
        }
        return new TariffConsequences(bands, tiered);
    }

    private static final class Holder {
        static final TariffConsequences STANDARD = load(DEFAULT_RESOURCE, TieredElectricityTariff.standard());
    }
}
