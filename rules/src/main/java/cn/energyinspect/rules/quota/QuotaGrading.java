package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.benchmark.BenchmarkResult;
import cn.energyinspect.rules.benchmark.EnergyEfficiencyBenchmarks;
import java.time.LocalDate;
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
     * Whether an edition is loaded for {@code product}/{@code indicator} on {@code date}, and if not which edition is
     * missing, without grading and without an exception for the "no edition" case.
     *
     * @throws InvalidInputException only for bad input: an unknown product or indicator, or no date
     */
    public EditionAvailability availability(String product, String indicator, LocalDate date) {
        List<Violation> violations = null;
        IndicatorRules rules = null;
        Map<String, IndicatorRules> byIndicator = product == null ? null : products.get(product);
        if (byIndicator == null) {
            violations = add(violations, "product", unknownProduct(product));
        } else {
            rules = indicator == null ? null : byIndicator.get(indicator);
            if (rules == null) {
                violations = add(violations, "indicator", unknownIndicator(product, indicator, byIndicator));
            }
        }
        if (date == null) {
            violations = add(violations, "date", "必填：按数据所属日期选择标准版本");
        }
        if (violations != null) {
            throw new InvalidInputException(violations);
        }
        return availability(rules, date);
    }

    private static EditionAvailability availability(IndicatorRules rules, LocalDate date) {
        long day = date.toEpochDay();
        Edition edition = rules.editionOn(day);
        String standard = rules.editions[0].basis.standard();
        if (edition != null) {
            return new EditionAvailability(
                    rules.product,
                    rules.indicator,
                    date,
                    true,
                    edition.basis,
                    edition.basis.standard(),
                    null,
                    null,
                    null);
        }
        Edition next = rules.nextAfter(day);
        if (next != null) {
            String missing = next.replaces.isEmpty() ? null : next.replaces;
            String what = missing != null && !missing.startsWith(next.basis.standard() + "-")
                    ? "标准（" + missing + "）"
                    : next.basis.standard() + " 版本（" + (missing == null ? "此前版本未查明" : missing) + "）";
            String message = "未载入 " + next.basis.effectiveFrom() + " 之前适用的" + (what.startsWith("标准") ? "" : " ")
                    + what + "：" + date + " 的数值须由监察人员按该版本判定，不得套用 " + next.basis.reference() + "（"
                    + next.basis.effectiveFrom() + " 起施行）";
            return new EditionAvailability(
                    rules.product,
                    rules.indicator,
                    date,
                    false,
                    null,
                    next.basis.standard(),
                    missing,
                    next.basis.effectiveFrom(),
                    message);
        }
        Edition last = rules.lastBefore(day);
        String message = "未载入 " + date + " 适用的 " + standard + " 版本"
                + (last == null ? "" : "（已载入的 " + last.basis.reference() + " 于 " + last.basis.effectiveTo() + " 废止）")
                + "：须由监察人员按当时有效的版本判定";
        return new EditionAvailability(
                rules.product, rules.indicator, date, false, null, standard, null, null, message);
    }

    /**
     * Grades one value.
     *
     * @throws InvalidInputException listing every problem (messages in Chinese): unknown product or indicator, wrong
     *     unit, missing or negative value, unknown or out-of-range condition, a condition a correction needs missing,
     *     no edition loaded for the date (field {@code date}, naming the missing edition; see {@link #availability})
     */
    public QuotaResult grade(QuotaQuery query) {
        List<Violation> violations = null;
        IndicatorRules rules = null;
        Map<String, IndicatorRules> byIndicator = query.product() == null ? null : products.get(query.product());
        if (byIndicator == null) {
            violations = add(violations, "product", unknownProduct(query.product()));
        } else {
            rules = query.indicator() == null ? null : byIndicator.get(query.indicator());
            if (rules == null) {
                violations =
                        add(violations, "indicator", unknownIndicator(query.product(), query.indicator(), byIndicator));
            }
        }
        Double boxed = query.value();
        if (boxed == null || !Double.isFinite(boxed)) {
            violations = add(violations, "value", "须为有限数值");
        } else if (rules != null && !rules.negativeAllowed && boxed < 0) {
            violations = add(violations, "value", rules.nameZh + "不得为负值");
        }
        if (rules != null && !rules.unit.equals(query.unit())) {
            violations = add(
                    violations,
                    "unit",
                    "单位须为 " + rules.unit + "（" + rules.nameZh + "），实为 "
                            + (query.unit() == null ? "空" : "'" + query.unit() + "'"));
        }
        if (query.date() == null) {
            violations = add(violations, "date", "必填：按数据所属日期选择标准版本");
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
            violations =
                    add(violations, "date", availability(rules, query.date()).message());
        } else {
            variant = edition.variantFor(
                    edition.variantCondition == null ? null : conditions.get(edition.variantCondition));
            if (variant == null) {
                ConditionSpec spec = rules.productConditions.get(edition.variantCondition);
                violations = add(
                        violations,
                        "conditions." + edition.variantCondition,
                        (conditions.get(edition.variantCondition) == null ? "必填" : "不在表中任何一行的范围内")
                                + "：" + edition.basis.reference() + " " + edition.basis.clause() + " 按"
                                + spec.nameZh() + "分行（" + rowsOf(edition) + "）");
            }
            violations = checkRequired(edition, rules, conditions, violations);
        }
        if (violations != null) {
            throw new InvalidInputException(violations);
        }
        return grade(query, rules, edition, variant, boxed);
    }

    private String unknownProduct(String product) {
        return (product == null ? "必填" : "未知产品 '" + product + "'") + "；可选：" + knownProducts;
    }

    private static String unknownIndicator(String product, String indicator, Map<String, IndicatorRules> byIndicator) {
        return (indicator == null ? "必填" : "产品 " + product + " 无指标 '" + indicator + "'") + "；可选："
                + String.join(", ", byIndicator.keySet());
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
                    unconfirmed = plus(unconfirmed, rule.unconfirmedLabel);
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
                        rules.productNameZh + "（" + rules.product + "）无此修正条件；可选：" + rules.knownConditionsText);
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
            Edition edition, IndicatorRules rules, Map<String, Double> conditions, List<Violation> violations) {
        for (CorrectionRule rule : edition.rules) {
            Double x = conditions.get(rule.condition);
            if (x == null && rule.required) {
                ConditionSpec spec = rules.productConditions.get(rule.condition);
                violations = addOnce(
                        violations,
                        "conditions." + rule.condition,
                        "必填：" + edition.basis.reference() + " 按" + spec.nameZh() + "修正限额（" + rule.rule + "）");
            } else if (x != null && rule.needsPressure(x) && conditions.get(rule.pressureCondition) == null) {
                violations = addOnce(
                        violations,
                        "conditions." + rule.pressureCondition,
                        "海拔高于 " + (long) rule.aboveAltitude() + " m 时必填：" + edition.basis.reference() + " 按当地大气压修正限额（"
                                + rule.rule + "）");
            } else if (x != null && Double.isFinite(x) && !rule.withinTable(x)) {
                violations = addOnce(
                        violations,
                        "conditions." + rule.condition,
                        "须在 " + edition.basis.reference() + " " + rule.basis.clause() + " 的表列范围 " + rule.tableRange()
                                + " 之内（不外推），实为 " + x);
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
            text.append(edition.variantCondition).append(" ∈ ").append(v.range);
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

    /** {@code list} with {@code item} added once (a correction of all grades is named once); copies only on change. */
    private static List<String> plus(List<String> list, String item) {
        if (list.contains(item)) {
            return list;
        }
        List<String> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return java.util.Collections.unmodifiableList(copy);
    }

    private static QuotaIndicator describe(IndicatorRules rules) {
        List<String> required = new ArrayList<>();
        List<Basis> editions = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Edition e : rules.editions) {
            editions.add(e.basis);
            if (e.variantCondition != null) {
                addOnce(required, e.variantCondition);
                addOnce(accepted, e.variantCondition);
            }
            for (CorrectionRule r : e.rules) {
                addOnce(accepted, r.condition);
                if (r.pressureCondition != null) {
                    addOnce(accepted, r.pressureCondition);
                }
                if (r.required) {
                    addOnce(required, r.condition);
                }
            }
        }
        List<QuotaCondition> details = new ArrayList<>();
        for (String condition : accepted) {
            details.add(rules.productConditions.get(condition).describe(required.contains(condition)));
        }
        return new QuotaIndicator(
                rules.product,
                rules.indicator,
                rules.unit,
                rules.productNameZh,
                rules.nameZh,
                rules.negativeAllowed,
                List.copyOf(accepted),
                List.copyOf(required),
                List.copyOf(details),
                List.copyOf(editions));
    }

    private static void addOnce(List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private static final class Holder {
        static final QuotaGrading STANDARD = load(DEFAULT_DIRECTORY, EnergyEfficiencyBenchmarks.standard());
    }

    @Override
    public String toString() {
        return "QuotaGrading" + Arrays.toString(products.keySet().toArray());
    }
}
