package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A province's screening rule set: an outcome per signal and a value per threshold. {@link #defaults()} is the
 * platform's (desk/screening-rules.csv, desk/parameters.csv); {@link #withSettings} applies a province's choices, each
 * checked against the parameter's allowed range. Immutable and thread-safe.
 */
public final class RuleSet {
    static final String PARAMETERS = "/rules/desk/parameters.csv";
    static final String RULES = "/rules/desk/screening-rules.csv";

    private final Map<String, ScreeningRule> rules;
    private final Map<String, SignalOutcome> outcomes;
    private final Map<String, DeskParameter> parameters;
    private final String province;

    private RuleSet(
            Map<String, ScreeningRule> rules,
            Map<String, SignalOutcome> outcomes,
            Map<String, DeskParameter> parameters,
            String province) {
        this.rules = rules;
        this.outcomes = outcomes;
        this.parameters = parameters;
        this.province = province;
    }

    /** The platform's defaults, loaded once. */
    public static RuleSet defaults() {
        return Holder.DEFAULTS;
    }

    /**
     * The defaults with a province's settings.
     *
     * @param province the province's GB/T 2260 code, named in the basis of every value it set
     * @param outcomes signal code → outcome, for the signals the province decided
     * @param values parameter code → value, for the thresholds the province set
     * @throws InvalidInputException for an unknown code or a value outside the parameter's range (field {@code
     *     outcomes.CODE} or {@code parameters.CODE})
     */
    public RuleSet withSettings(String province, Map<String, SignalOutcome> outcomes, Map<String, BigDecimal> values) {
        List<Violation> violations = new ArrayList<>();
        Map<String, SignalOutcome> merged = new LinkedHashMap<>(this.outcomes);
        outcomes.forEach((code, outcome) -> {
            if (!rules.containsKey(code)) {
                violations.add(new Violation("outcomes." + code, "未知的筛查规则；可选：" + String.join("、", rules.keySet())));
            } else if (outcome == null) {
                violations.add(new Violation("outcomes." + code, "须为 CASE、FLAG 或 OFF"));
            } else {
                merged.put(code, outcome);
            }
        });
        Map<String, DeskParameter> params = new LinkedHashMap<>(parameters);
        values.forEach((code, value) -> {
            DeskParameter p = parameters.get(code);
            if (p == null) {
                violations.add(
                        new Violation("parameters." + code, "未知的参数；可选：" + String.join("、", parameters.keySet())));
            } else if (value == null || value.compareTo(p.min()) < 0 || value.compareTo(p.max()) > 0) {
                violations.add(new Violation(
                        "parameters." + code,
                        p.nameZh() + "须在 " + p.min().toPlainString() + "–"
                                + p.max().toPlainString() + " " + p.unit() + " 之间"));
            } else {
                Basis b = p.basis();
                Basis set = new Basis(
                        "省级设定",
                        province,
                        p.nameZh(),
                        null,
                        null,
                        Confidence.PAGE,
                        "省级节能主管部门在 EnergyInspect 中的设定（" + province + "），替代默认值 "
                                + p.value().toPlainString() + "（" + b.source() + "）");
                params.put(code, new DeskParameter(code, value, p.unit(), p.nameZh(), p.min(), p.max(), set, true));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RuleSet(rules, Collections.unmodifiableMap(merged), Collections.unmodifiableMap(params), province);
    }

    /** The province whose settings apply, {@code null} for the defaults. */
    public String province() {
        return province;
    }

    public List<ScreeningRule> rules() {
        return List.copyOf(rules.values());
    }

    public List<DeskParameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public ScreeningRule rule(String code) {
        ScreeningRule rule = rules.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("no screening rule " + code);
        }
        return rule;
    }

    public SignalOutcome outcome(String code) {
        rule(code);
        return outcomes.get(code);
    }

    public DeskParameter parameter(String code) {
        DeskParameter p = parameters.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no desk parameter " + code);
        }
        return p;
    }

    static RuleSet load() {
        Map<String, ScreeningRule> rules = new LinkedHashMap<>();
        Map<String, SignalOutcome> outcomes = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(RULES).rows()) {
            SignalOutcome outcome =
                    SignalOutcome.valueOf(row.get("default_outcome").toUpperCase(Locale.ROOT));
            ScreeningRule rule = new ScreeningRule(
                    row.get("code"),
                    outcome,
                    row.isBlank("law_article") ? null : row.get("law_article"),
                    row.get("name_zh"),
                    row.basis());
            if (rules.put(rule.code(), rule) != null) {
                throw new IllegalStateException(row.where() + ": screening rule listed twice");
            }
            outcomes.put(rule.code(), outcome);
        }
        for (String signal : Signals.ALL) {
            if (!rules.containsKey(signal)) {
                throw new IllegalStateException(RULES + " has no row for signal " + signal);
            }
        }
        Map<String, DeskParameter> parameters = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(PARAMETERS).rows()) {
            DeskParameter p = new DeskParameter(
                    row.get("code"),
                    new BigDecimal(row.get("value")),
                    row.get("unit"),
                    row.get("name_zh"),
                    new BigDecimal(row.get("min")),
                    new BigDecimal(row.get("max")),
                    row.basis(),
                    false);
            if (p.value().compareTo(p.min()) < 0 || p.value().compareTo(p.max()) > 0) {
                throw new IllegalStateException(row.where() + ": default outside its own range");
            }
            if (parameters.put(p.code(), p) != null) {
                throw new IllegalStateException(row.where() + ": parameter listed twice");
            }
        }
        return new RuleSet(
                Collections.unmodifiableMap(rules),
                Collections.unmodifiableMap(outcomes),
                Collections.unmodifiableMap(parameters),
                null);
    }

    private static final class Holder {
        static final RuleSet DEFAULTS = load();
    }
}
