package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.benchmark.BenchmarkResult;
import cn.energyinspect.rules.benchmark.EnergyEfficiencyBenchmarks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades an indicator value against the 单位产品能源消耗限额 standard in force on the date of the fact (regulations.md
 * §3.8): corrected limits per grade, then grade = the first of 1, 2, 3 whose limit the value does not exceed ("≤";
 * an undefined grade is skipped), above grade 3 = over quota (超限额). Each indicator is graded on its own.
 *
 * <p>Immutable and thread-safe. Grading reads no file, takes no clock and throws only for bad input.
 */
public final class QuotaGrading {
    private static final String DEFAULT_DIRECTORY = "/rules/quota/";
    /** Corrected limits are rounded to this many decimals so that "exactly at the limit" survives floating point. */
    private static final double ROUNDING = 1e6;

    private final Map<String, Map<String, IndicatorRules>> products;
    private final String knownProducts;
    private final List<QuotaIndicator> catalogue;

    private QuotaGrading(Map<String, Map<String, IndicatorRules>> products) {
        this.products = products;
        this.knownProducts = String.join(", ", products.keySet());
        List<QuotaIndicator> list = new ArrayList<>();
        products.values().forEach(m -> m.values().forEach(r -> list.add(describe(r))));
        this.catalogue = List.copyOf(list);
    }

    /** The standards shipped with the library (rules/quota/*.csv) and the NDRC benchmarks. */
    public static QuotaGrading standard() {
        return Holder.STANDARD;
    }

    /** Grading from another classpath directory with the same four files (e.g. {@code /rules/quota/}). */
    static QuotaGrading load(String directory, EnergyEfficiencyBenchmarks benchmarks) {
        return new QuotaGrading(QuotaData.load(directory, benchmarks));
    }

    /** Every gradable product/indicator with its unit, accepted conditions and loaded editions. */
    public List<QuotaIndicator> indicators() {
        return catalogue;
    }

    /**
     * Grades one value.
     *
     * @throws InvalidInputException listing every problem: unknown product or indicator, wrong unit, missing or
     *     negative value, unknown or out-of-range condition, a condition a correction needs missing, no edition
     *     loaded for the date
     */
    public QuotaResult grade(QuotaQuery query) {
        List<Violation> violations = null;
        IndicatorRules rules = null;
        Map<String, IndicatorRules> byIndicator = query.product() == null ? null : products.get(query.product());
        if (byIndicator == null) {
            violations = add(
                    violations,
                    "product",
                    (query.product() == null ? "required" : "unknown product '" + query.product() + "'") + "; known: "
                            + knownProducts);
        } else {
            rules = query.indicator() == null ? null : byIndicator.get(query.indicator());
            if (rules == null) {
                violations = add(
                        violations,
                        "indicator",
                        (query.indicator() == null
                                        ? "required"
                                        : "unknown indicator '" + query.indicator() + "' for " + query.product())
                                + "; known: " + String.join(", ", byIndicator.keySet()));
            }
        }
        Double boxed = query.value();
        if (boxed == null || !Double.isFinite(boxed)) {
            violations = add(violations, "value", "must be a finite number");
        } else if (rules != null && !rules.negativeAllowed && boxed < 0) {
            violations = add(violations, "value", "must not be negative for " + rules.product + "/" + rules.indicator);
        }
        if (rules != null && !rules.unit.equals(query.unit())) {
            violations = add(
                    violations,
                    "unit",
                    "unit '" + query.unit() + "' does not match " + rules.product + "/" + rules.indicator
                            + ": expected " + rules.unit);
        }
        if (query.date() == null) {
            violations = add(violations, "date", "required");
        }
        Map<String, Double> conditions = query.conditions();
        if (rules != null) {
            violations = checkConditions(rules, conditions, violations);
        }
        if (rules == null || query.date() == null) {
            throw new InvalidInputException(violations);
        }
        Edition edition = rules.editionOn(query.date().toEpochDay());
        Variant variant = null;
        if (edition == null) {
            violations = add(
                    violations,
                    "date",
                    "no edition of " + rules.standardsText + " loaded for " + query.date() + " (loaded: "
                            + rules.editionsText + ")");
        } else {
            variant = edition.variantFor(
                    edition.variantCondition == null ? null : conditions.get(edition.variantCondition));
            if (variant == null) {
                violations = add(
                        violations,
                        "conditions." + edition.variantCondition,
                        (conditions.get(edition.variantCondition) == null ? "required" : "outside every table row")
                                + " to choose the row of " + edition.basis.reference() + " " + edition.basis.clause()
                                + ": " + rowsOf(edition));
            }
            violations = checkRequired(edition, conditions, violations);
        }
        if (violations != null) {
            throw new InvalidInputException(violations);
        }
        return grade(query, rules, edition, variant, boxed);
    }

    private static QuotaResult grade(
            QuotaQuery query, IndicatorRules rules, Edition edition, Variant variant, double value) {
        Map<String, Double> conditions = query.conditions();
        List<Correction> corrections = null;
        List<String> unconfirmed = variant.unconfirmedLimits;
        double[] limits = new double[4];
        for (int g = 1; g <= 3; g++) {
            double limit = variant.base[g];
            if (Double.isNaN(limit)) {
                limits[g] = limit;
                continue;
            }
            for (CorrectionRule rule : edition.rulesByGrade[g]) {
                Double x = conditions.get(rule.condition);
                if (x == null) {
                    continue; // optional, not given (required ones were checked)
                }
                double corrected = rule.apply(limit, x, conditions);
                if (Double.isNaN(corrected)) {
                    continue;
                }
                corrected = Math.rint(corrected * ROUNDING) / ROUNDING;
                if (corrections == null) {
                    corrections = new ArrayList<>(4);
                }
                corrections.add(new Correction(g, rule.condition, x, rule.rule, limit, corrected, rule.basis));
                if (rule.basis.unconfirmed()) {
                    unconfirmed = plus(
                            unconfirmed, rule.basis.reference() + " correction " + rule.rule + " on " + rule.condition);
                }
                limit = corrected;
            }
            limits[g] = limit;
        }
        Integer grade = null;
        for (int g = 1; g <= 3; g++) {
            if (!Double.isNaN(limits[g]) && value <= limits[g]) {
                grade = g;
                break;
            }
        }
        Optional<BenchmarkResult> benchmark =
                rules.benchmark == null ? Optional.empty() : rules.benchmark.assess(value, query.date());
        if (benchmark.isPresent() && benchmark.get().unconfirmed()) {
            for (String u : benchmark.get().unconfirmedValues()) {
                unconfirmed = plus(unconfirmed, u);
            }
        }
        return new QuotaResult(
                rules.product,
                rules.indicator,
                value,
                rules.unit,
                query.date(),
                grade,
                grade == null,
                corrections == null
                        ? variant.tableLimits
                        : new Limits(Variant.boxed(limits[1]), Variant.boxed(limits[2]), Variant.boxed(limits[3])),
                variant.tableLimits,
                corrections == null ? List.of() : List.copyOf(corrections),
                edition.basis,
                benchmark,
                !unconfirmed.isEmpty(),
                unconfirmed);
    }

    private static List<Violation> checkConditions(
            IndicatorRules rules, Map<String, Double> conditions, List<Violation> violations) {
        for (Map.Entry<String, Double> entry : conditions.entrySet()) {
            ConditionSpec spec = rules.productConditions.get(entry.getKey());
            if (spec == null) {
                violations = add(
                        violations,
                        "conditions." + entry.getKey(),
                        "unknown condition for " + rules.product + "; known: " + rules.knownConditionsText);
                continue;
            }
            String problem = spec.problemWith(entry.getValue());
            if (problem != null) {
                violations = add(violations, "conditions." + entry.getKey(), problem);
            }
        }
        return violations;
    }

    private static List<Violation> checkRequired(
            Edition edition, Map<String, Double> conditions, List<Violation> violations) {
        for (CorrectionRule rule : edition.rules) {
            Double x = conditions.get(rule.condition);
            if (x == null && rule.required) {
                violations = addOnce(
                        violations,
                        "conditions." + rule.condition,
                        "required: " + edition.basis.reference() + " corrects by it (" + rule.rule + ")");
            } else if (x != null && rule.needsPressure(x) && conditions.get(rule.pressureCondition) == null) {
                violations = addOnce(
                        violations,
                        "conditions." + rule.pressureCondition,
                        "required when " + rule.condition + " > " + rule.aboveAltitude() + ": "
                                + edition.basis.reference() + " corrects by it (" + rule.rule + ")");
            }
        }
        return violations;
    }

    private static String rowsOf(Edition edition) {
        StringBuilder text = new StringBuilder();
        for (Variant v : edition.variants) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(edition.variantCondition).append(" in ").append(v.range);
        }
        return text.toString();
    }

    private static List<Violation> add(List<Violation> violations, String field, String message) {
        List<Violation> list = violations == null ? new ArrayList<>() : violations;
        list.add(new Violation(field, message));
        return list;
    }

    private static List<Violation> addOnce(List<Violation> violations, String field, String message) {
        if (violations != null) {
            for (Violation v : violations) {
                if (v.field().equals(field)) {
                    return violations;
                }
            }
        }
        return add(violations, field, message);
    }

    private static List<String> plus(List<String> list, String item) {
        if (list.contains(item)) {
            return list; // a correction of all grades is named once
        }
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    private static QuotaIndicator describe(IndicatorRules rules) {
        List<String> required = new ArrayList<>();
        List<Basis> editions = new ArrayList<>();
        for (Edition e : rules.editions) {
            editions.add(e.basis);
            if (e.variantCondition != null && !required.contains(e.variantCondition)) {
                required.add(e.variantCondition);
            }
            for (CorrectionRule r : e.rules) {
                if (r.required && !required.contains(r.condition)) {
                    required.add(r.condition);
                }
            }
        }
        List<String> accepted = new ArrayList<>();
        for (Edition e : rules.editions) {
            if (e.variantCondition != null && !accepted.contains(e.variantCondition)) {
                accepted.add(e.variantCondition);
            }
            for (CorrectionRule r : e.rules) {
                if (!accepted.contains(r.condition)) {
                    accepted.add(r.condition);
                }
                if (r.pressureCondition != null && !accepted.contains(r.pressureCondition)) {
                    accepted.add(r.pressureCondition);
                }
            }
        }
        return new QuotaIndicator(
                rules.product,
                rules.indicator,
                rules.unit,
                rules.nameZh,
                rules.negativeAllowed,
                List.copyOf(accepted),
                List.copyOf(required),
                List.copyOf(editions));
    }

    private static final class Holder {
        static final QuotaGrading STANDARD = load(DEFAULT_DIRECTORY, EnergyEfficiencyBenchmarks.standard());
    }

    @Override
    public String toString() {
        return "QuotaGrading" + Arrays.toString(products.keySet().toArray());
    }
}
