package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.Interval;
import cn.energyinspect.rules.benchmark.BenchmarkTrack;
import cn.energyinspect.rules.benchmark.EnergyEfficiencyBenchmarks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads the four quota data files of a directory (indicators, conditions, limits, corrections) into {@link
 * IndicatorRules}, checking them as it goes: a data mistake fails at start-up, never as a wrong grade.
 */
final class QuotaData {
    private QuotaData() {}

    static Map<String, Map<String, IndicatorRules>> load(String directory, EnergyEfficiencyBenchmarks benchmarks) {
        Map<String, ConditionSpec> conditions = conditions(DataTable.load(directory + "conditions.csv"));
        Map<String, List<CorrectionRule>> corrections =
                corrections(DataTable.load(directory + "corrections.csv"), conditions);
        Map<String, List<Edition>> editions =
                editions(DataTable.load(directory + "limits.csv"), corrections, conditions);
        if (!corrections.isEmpty()) {
            throw new IllegalStateException("corrections for editions without limits: " + corrections.keySet());
        }
        DataTable indicators = DataTable.load(directory + "indicators.csv");

        Map<String, Map<String, ConditionSpec>> productConditions = new HashMap<>();
        for (DataTable.Row row : indicators.rows()) {
            Map<String, ConditionSpec> accepted =
                    productConditions.computeIfAbsent(row.get("product"), k -> new TreeMap<>());
            for (Edition e : editions.getOrDefault(key(row.get("product"), row.get("indicator")), List.of())) {
                if (e.variantCondition != null) {
                    accepted.put(e.variantCondition, conditions.get(e.variantCondition));
                }
                for (CorrectionRule r : e.rules) {
                    accepted.put(r.condition, conditions.get(r.condition));
                    if (r.pressureCondition != null) {
                        accepted.put(r.pressureCondition, conditions.get(r.pressureCondition));
                    }
                }
            }
        }

        Map<String, Map<String, IndicatorRules>> products = new LinkedHashMap<>();
        for (DataTable.Row row : indicators.rows()) {
            String product = row.get("product");
            String indicator = row.get("indicator");
            List<Edition> list = editions.remove(key(product, indicator));
            if (list == null) {
                throw new IllegalStateException(row.where() + ": no limits for " + product + "/" + indicator);
            }
            String unit = row.get("unit");
            BenchmarkTrack track = benchmarks.track(product, indicator).orElse(null);
            if (track != null && !track.unit().equals(unit)) {
                throw new IllegalStateException(
                        row.where() + ": benchmark unit " + track.unit() + " differs from " + unit);
            }
            if (row.isBlank("name_zh") || row.isBlank("product_name_zh")) {
                throw new IllegalStateException(row.where() + ": name_zh and product_name_zh are required");
            }
            IndicatorRules rules = new IndicatorRules(
                    product,
                    indicator,
                    unit,
                    row.get("product_name_zh"),
                    row.get("name_zh"),
                    yes(row, "negative_allowed"),
                    list,
                    productConditions.get(product),
                    track);
            if (products.computeIfAbsent(product, k -> new LinkedHashMap<>()).put(indicator, rules) != null) {
                throw new IllegalStateException(row.where() + ": duplicate " + product + "/" + indicator);
            }
        }
        if (!editions.isEmpty()) {
            throw new IllegalStateException("limits for indicators missing from indicators.csv: " + editions.keySet());
        }
        Map<String, Map<String, IndicatorRules>> frozen = new LinkedHashMap<>();
        products.forEach((p, m) -> frozen.put(p, java.util.Collections.unmodifiableMap(m)));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    private static Map<String, ConditionSpec> conditions(DataTable table) {
        Map<String, ConditionSpec> specs = new HashMap<>();
        for (DataTable.Row row : table.rows()) {
            String kind = row.get("kind");
            if (!kind.equals("NUMBER") && !kind.equals("FLAG") && !kind.equals("CHOICE")) {
                throw new IllegalStateException(row.where() + ": kind must be NUMBER, FLAG or CHOICE");
            }
            List<Double> choices = new ArrayList<>();
            Interval range;
            if (kind.equals("CHOICE")) {
                String text = row.get("range").trim();
                if (!text.startsWith("{") || !text.endsWith("}")) {
                    throw new IllegalStateException(row.where() + ": a CHOICE range is a set like {0,100,320}");
                }
                for (String c : text.substring(1, text.length() - 1).split(",")) {
                    choices.add(Double.valueOf(c.trim()));
                }
                range = Interval.parse("["
                        + choices.stream()
                                .mapToDouble(Double::doubleValue)
                                .min()
                                .orElseThrow() + ","
                        + choices.stream()
                                .mapToDouble(Double::doubleValue)
                                .max()
                                .orElseThrow() + "]");
            } else {
                range = Interval.parse(row.get("range"));
            }
            if (row.isBlank("name_zh")) {
                throw new IllegalStateException(row.where() + ": name_zh is required (forms show it)");
            }
            ConditionSpec spec = new ConditionSpec(
                    row.get("condition"),
                    ConditionSpec.Kind.valueOf(kind),
                    range,
                    List.copyOf(choices),
                    row.get("unit"),
                    row.get("name_zh"),
                    row.get("description"));
            specs.put(spec.name(), spec);
        }
        return specs;
    }

    private static Map<String, List<CorrectionRule>> corrections(
            DataTable table, Map<String, ConditionSpec> conditions) {
        Map<String, List<CorrectionRule>> byEdition = new HashMap<>();
        for (DataTable.Row row : table.rows()) {
            try {
                CorrectionKind kind = CorrectionKind.valueOf(row.get("kind"));
                CorrectionRule rule = new CorrectionRule(
                        kind,
                        known(row.get("condition"), conditions),
                        row.isBlank("grade") ? 0 : grade(row),
                        yes(row, "required"),
                        row.get("params"),
                        row.basis());
                if (rule.pressureCondition != null) {
                    known(rule.pressureCondition, conditions);
                }
                byEdition
                        .computeIfAbsent(editionKey(row), k -> new ArrayList<>())
                        .add(rule);
            } catch (RuntimeException e) {
                throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
            }
        }
        return byEdition;
    }

    private static Map<String, List<Edition>> editions(
            DataTable table, Map<String, List<CorrectionRule>> corrections, Map<String, ConditionSpec> conditions) {
        // edition key -> variant key -> rows
        Map<String, Map<String, List<DataTable.Row>>> grouped = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            grouped.computeIfAbsent(editionKey(row), k -> new LinkedHashMap<>())
                    .computeIfAbsent(
                            row.get("variant_condition") + "|" + row.get("variant_range"), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, List<Edition>> byIndicator = new HashMap<>();
        grouped.forEach((editionKey, variants) -> {
            DataTable.Row first = variants.values().iterator().next().get(0);
            Basis basis = first.basis();
            String replaces = first.get("replaces");
            Confidence weakest = basis.confidence();
            String variantCondition = first.get("variant_condition");
            List<Variant> built = new ArrayList<>();
            for (List<DataTable.Row> rows : variants.values()) {
                double[] base = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                boolean[] seen = new boolean[4];
                List<String> unconfirmed = new ArrayList<>();
                for (DataTable.Row row : rows) {
                    Basis b = row.basis();
                    if (!Objects.equals(b.effectiveFrom(), basis.effectiveFrom())
                            || !Objects.equals(b.effectiveTo(), basis.effectiveTo())) {
                        throw new IllegalStateException(
                                row.where() + ": effective dates differ within " + basis.reference());
                    }
                    if (!row.get("variant_condition").equals(variantCondition)) {
                        throw new IllegalStateException(row.where() + ": one edition selects rows by one condition");
                    }
                    if (!row.get("replaces").equals(replaces)) {
                        throw new IllegalStateException(row.where() + ": replaces differs within " + basis.reference());
                    }
                    String anomaly = row.get("anomaly");
                    if (!anomaly.isEmpty() && !(anomaly.equals("GRADE_ORDER") && b.unconfirmed())) {
                        throw new IllegalStateException(
                                row.where() + ": anomaly must be empty or GRADE_ORDER on an UNCONFIRMED row");
                    }
                    weakest = weakest.weakest(b.confidence());
                    int g = grade(row);
                    if (seen[g]) {
                        throw new IllegalStateException(row.where() + ": grade " + g + " given twice");
                    }
                    seen[g] = true;
                    Double limit = row.decimalOrNull("limit");
                    base[g] = limit == null ? Double.NaN : limit;
                    if (b.unconfirmed() && limit != null) {
                        unconfirmed.add(b.reference() + " " + b.clause() + " grade " + g + " limit " + row.get("limit")
                                + " (" + row.get("product") + "/" + row.get("indicator") + ")");
                    }
                }
                if (!seen[1] || !seen[2] || !seen[3] || Double.isNaN(base[3])) {
                    throw new IllegalStateException(
                            rows.get(0).where() + ": grades 1, 2 and 3 needed, and grade 3 (限定值) must be defined");
                }
                String range = rows.get(0).get("variant_range");
                built.add(new Variant(variantCondition.isEmpty() ? null : Interval.parse(range), base, unconfirmed));
            }
            if (variantCondition.isEmpty() && built.size() > 1) {
                throw new IllegalStateException(first.where() + ": several rows need a variant_condition");
            }
            if (!variantCondition.isEmpty()) {
                known(variantCondition, conditions);
            }
            Basis editionBasis = new Basis(
                    basis.standard(),
                    basis.edition(),
                    basis.clause(),
                    basis.effectiveFrom(),
                    basis.effectiveTo(),
                    weakest,
                    basis.source());
            List<CorrectionRule> rules = corrections.remove(editionKey);
            Edition edition = new Edition(
                    editionBasis,
                    variantCondition.isEmpty() ? null : variantCondition,
                    replaces,
                    built.toArray(Variant[]::new),
                    rules == null ? new CorrectionRule[0] : rules.toArray(CorrectionRule[]::new));
            byIndicator
                    .computeIfAbsent(key(first.get("product"), first.get("indicator")), k -> new ArrayList<>())
                    .add(edition);
        });
        byIndicator.forEach((indicator, list) -> {
            list.sort(Comparator.comparingLong(e -> e.fromDay));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).fromDay <= list.get(i - 1).toDay) {
                    throw new IllegalStateException("overlapping editions for " + indicator + ": "
                            + list.get(i - 1).describe() + " and " + list.get(i).describe()
                            + " (give the older one an effective_to)");
                }
            }
        });
        return byIndicator;
    }

    private static String key(String product, String indicator) {
        return product + "/" + indicator;
    }

    private static String editionKey(DataTable.Row row) {
        return key(row.get("product"), row.get("indicator")) + "|" + row.get("standard") + "|" + row.get("edition");
    }

    private static int grade(DataTable.Row row) {
        int g = Integer.parseInt(row.get("grade"));
        if (g < 1 || g > 3) {
            throw new IllegalStateException(row.where() + ": grade must be 1, 2 or 3");
        }
        return g;
    }

    private static boolean yes(DataTable.Row row, String column) {
        return switch (row.get(column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException(row.where() + ": " + column + " must be yes or no");
        };
    }

    private static String known(String condition, Map<String, ConditionSpec> conditions) {
        if (!conditions.containsKey(condition)) {
            throw new IllegalStateException("condition '" + condition + "' missing from conditions.csv; known: "
                    + Arrays.toString(conditions.keySet().stream().sorted().toArray()));
        }
        return condition;
    }
}
