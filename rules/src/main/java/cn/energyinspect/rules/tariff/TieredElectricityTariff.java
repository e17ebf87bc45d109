package cn.energyinspect.rules.tariff;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 阶梯电价: the surcharge a plant pays per kWh for an indicator above the year's threshold (regulations.md §7), from
 * rules/tariff/tiered-electricity.csv. Each parameter is a dated row, so a new year, threshold or province is data.
 * Money is computed in {@link BigDecimal}: 13 steps × 0.01 is exactly 0.13. Immutable and thread-safe.
 */
public final class TieredElectricityTariff {
    private static final String DEFAULT_RESOURCE = "/rules/tariff/tiered-electricity.csv";

    /** product/indicator -> parameter -> dated rows. */
    private final Map<String, Map<String, List<DataTable.Row>>> rules;

    private TieredElectricityTariff(Map<String, Map<String, List<DataTable.Row>>> rules) {
        this.rules = rules;
    }

    public static TieredElectricityTariff standard() {
        return Holder.STANDARD;
    }

    static TieredElectricityTariff load(String resource) {
        Map<String, Map<String, List<DataTable.Row>>> rules = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Parameter parameter = Parameter.valueOf(row.get("parameter"));
            if (parameter == Parameter.ROUNDING) {
                RoundingRule.valueOf(row.get("value"));
            } else {
                new BigDecimal(row.get("value"));
            }
            row.basis();
            rules.computeIfAbsent(row.get("product") + "/" + row.get("indicator"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(parameter.name(), k -> new ArrayList<>())
                    .add(row);
        }
        return new TieredElectricityTariff(rules);
    }

    /**
     * The surcharge for {@code query}. Not above the threshold is a result with no surcharge.
     *
     * @throws InvalidInputException for an unknown product/indicator, a wrong unit, a missing or negative value, or a
     *     year without a row for one of the parameters (the violation names the year)
     */
    public TariffResult assess(TariffQuery query) {
        List<Violation> violations = new ArrayList<>();
        Map<String, List<DataTable.Row>> byParameter = rules.get(query.product() + "/" + query.indicator());
        if (byParameter == null) {
            violations.add(new Violation(
                    "indicator",
                    "no tiered tariff loaded for " + query.product() + "/" + query.indicator() + "; known: "
                            + String.join(", ", rules.keySet())));
        }
        if (query.value() == null || !Double.isFinite(query.value()) || query.value() < 0) {
            violations.add(new Violation("value", "must be a finite number, not negative"));
        }
        LocalDate day = LocalDate.of(query.tariffYear(), 1, 1);
        Map<Parameter, DataTable.Row> used = new LinkedHashMap<>();
        if (byParameter != null) {
            for (Parameter p : Parameter.values()) {
                DataTable.Row row = inForce(byParameter.get(p.name()), day);
                if (row == null) {
                    violations.add(new Violation(
                            "tariffYear",
                            "no " + p.name().toLowerCase(java.util.Locale.ROOT) + " row for "
                                    + query.product() + "/" + query.indicator() + " in tariff year "
                                    + query.tariffYear()));
                } else {
                    used.put(p, row);
                }
            }
            DataTable.Row threshold = used.get(Parameter.THRESHOLD);
            if (threshold != null && !threshold.get("unit").equals(query.unit())) {
                violations.add(new Violation(
                        "unit", "unit '" + query.unit() + "' does not match: expected " + threshold.get("unit")));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return compute(query, used);
    }

    private static TariffResult compute(TariffQuery query, Map<Parameter, DataTable.Row> used) {
        BigDecimal value = BigDecimal.valueOf(query.value());
        BigDecimal threshold = new BigDecimal(used.get(Parameter.THRESHOLD).get("value"));
        BigDecimal stepSize = new BigDecimal(used.get(Parameter.STEP_SIZE).get("value"));
        BigDecimal perStep = new BigDecimal(used.get(Parameter.STEP_SURCHARGE).get("value"));
        RoundingRule rounding =
                RoundingRule.valueOf(used.get(Parameter.ROUNDING).get("value"));
        BigDecimal excess = value.subtract(threshold).max(BigDecimal.ZERO);
        int steps = excess.divide(stepSize, 0, rounding.mode).intValueExact();
        BigDecimal surcharge = perStep.multiply(BigDecimal.valueOf(steps));
        List<Basis> basis = new ArrayList<>();
        List<String> unconfirmed = new ArrayList<>();
        used.forEach((p, row) -> {
            Basis b = row.basis();
            basis.add(b);
            if (b.unconfirmed()) {
                unconfirmed.add(b.reference() + " " + p.name().toLowerCase(java.util.Locale.ROOT) + " "
                        + row.get("value") + (row.get("unit").isEmpty() ? "" : " " + row.get("unit")));
            }
        });
        return new TariffResult(
                query.product(),
                query.indicator(),
                query.tariffYear(),
                value,
                query.unit(),
                threshold,
                excess,
                stepSize,
                steps,
                perStep,
                surcharge,
                steps > 0,
                List.copyOf(basis),
                !unconfirmed.isEmpty(),
                List.copyOf(unconfirmed));
    }

    private static DataTable.Row inForce(List<DataTable.Row> rows, LocalDate day) {
        if (rows == null) {
            return null;
        }
        DataTable.Row found = null;
        for (DataTable.Row row : rows) {
            if (row.basis().inForceOn(day)) {
                if (found != null) {
                    throw new IllegalStateException(row.where() + " overlaps " + found.where());
                }
                found = row;
            }
        }
        return found;
    }

    enum Parameter {
        THRESHOLD,
        STEP_SIZE,
        STEP_SURCHARGE,
        ROUNDING
    }

    /** Whether a part step counts as a whole one (the aluminium rule's "or part thereof", UNCONFIRMED). */
    enum RoundingRule {
        CEILING(RoundingMode.CEILING),
        FLOOR(RoundingMode.FLOOR);

        final RoundingMode mode;

        RoundingRule(RoundingMode mode) {
            this.mode = mode;
        }
    }

    private static final class Holder {
        static final TieredElectricityTariff STANDARD = load(DEFAULT_RESOURCE);
    }
}
