package cn.energyinspect.app.desk.screening;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.desk.DeskParameter;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.desk.ScreeningRule;
import cn.energyinspect.rules.desk.SignalOutcome;
import cn.energyinspect.rules.procedure.Procedure;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each province's screening rule set: the rules library's defaults with the province's own choices of outcome per
 * signal and value per threshold, stored as data. Province administrators set them; every agency user reads the set
 * of its province, each value with whether it is the province's or an UNCONFIRMED default.
 */
@Service
public class RuleSettings {
    static final String OUTCOME = "OUTCOME";
    static final String PARAMETER = "PARAMETER";

    private final ScreeningMapper mapper;
    private final AuditLog audit;
    private final BusinessTime time;

    RuleSettings(ScreeningMapper mapper, AuditLog audit, BusinessTime time) {
        this.mapper = mapper;
        this.audit = audit;
        this.time = time;
    }

    /** The rule set in force for the province of {@code regionCode}. */
    @Transactional(readOnly = true)
    public RuleSet forRegion(String regionCode) {
        String province = RegionCodes.provinceOf(regionCode);
        Map<String, SignalOutcome> outcomes = new LinkedHashMap<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ScreeningMapper.SettingRow row : mapper.settings(province)) {
            if (OUTCOME.equals(row.kind())) {
                outcomes.put(row.code(), SignalOutcome.valueOf(row.value()));
            } else {
                values.put(row.code(), new BigDecimal(row.value()));
            }
        }
        if (outcomes.isEmpty() && values.isEmpty()) {
            return RuleSet.defaults();
        }
        return RuleSet.defaults().withSettings(province, outcomes, values);
    }

    @Schema(description = "A province's screening rule set")
    public record RuleSetView(
            @Schema(description = "The province it applies to")
            String province,

            @Schema(description = "One row per signal") List<RuleView> rules,
            @Schema(description = "One row per threshold") List<ParameterView> parameters) {}

    @Schema(description = "A screening signal and what the province does with it")
    public record RuleView(
            String code,
            String nameZh,
            @Schema(description = "CASE, FLAG or OFF") String outcome,
            String defaultOutcome,
            boolean overridden,

            @Schema(description = "The article of 节约能源法 it rests on, as cited")
            String lawArticle,

            String source,

            @Schema(description = "The default is an unconfirmed platform choice")
            boolean unconfirmed) {}

    @Schema(description = "A threshold of the checks and the screening")
    public record ParameterView(
            String code,
            String nameZh,
            String unit,
            BigDecimal value,
            BigDecimal defaultValue,
            BigDecimal min,
            BigDecimal max,
            boolean overridden,

            @Schema(description = "The value in force is an unconfirmed default (待核实)")
            boolean unconfirmed,

            String source) {}

    @Transactional(readOnly = true)
    public RuleSetView view(CurrentUser user) {
        user.requireRole("筛查规则仅供监察机构查看", Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR);
        return view(forRegion(user.regionCode()), RegionCodes.provinceOf(user.regionCode()));
    }

    static RuleSetView view(RuleSet set, String province) {
        RuleSet defaults = RuleSet.defaults();
        Procedure procedure = Procedure.standard();
        List<RuleView> rules = new ArrayList<>();
        for (ScreeningRule rule : set.rules()) {
            SignalOutcome outcome = set.outcome(rule.code());
            rules.add(new RuleView(
                    rule.code(),
                    rule.nameZh(),
                    outcome.name(),
                    rule.defaultOutcome().name(),
                    outcome != rule.defaultOutcome(),
                    rule.lawArticle() == null
                            ? null
                            : procedure
                                    .article(rule.lawArticle())
                                    .map(a -> a.citation())
                                    .orElse(null),
                    rule.basis().source(),
                    outcome == rule.defaultOutcome() && rule.basis().unconfirmed()));
        }
        List<ParameterView> parameters = new ArrayList<>();
        for (DeskParameter p : set.parameters()) {
            parameters.add(new ParameterView(
                    p.code(),
                    p.nameZh(),
                    p.unit(),
                    p.value(),
                    defaults.parameter(p.code()).value(),
                    p.min(),
                    p.max(),
                    p.overridden(),
                    p.unconfirmed(),
                    p.basis().source()));
        }
        return new RuleSetView(province, rules, parameters);
    }

    @Schema(description = "PUT /api/v1/desk/rules: the province's choices; codes left out take the default")
    public record RuleSetUpdate(
            @Schema(description = "signal code → CASE, FLAG or OFF")
            Map<String, String> outcomes,

            @Schema(description = "parameter code → value") Map<String, BigDecimal> parameters) {}

    /** Replaces the province's choices; only its administrators. A default value is not stored as a choice. */
    @Transactional
    public RuleSetView update(RuleSetUpdate request, CurrentUser user) {
        if (!user.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("只有省级管理员可以设定筛查规则");
        }
        String province = RegionCodes.provinceOf(user.regionCode());
        Map<String, SignalOutcome> outcomes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (request != null && request.outcomes() != null) {
            request.outcomes().forEach((code, value) -> {
                try {
                    outcomes.put(code, SignalOutcome.valueOf(String.valueOf(value)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("outcomes." + code, "须为 CASE、FLAG 或 OFF"));
                }
            });
        }
        Map<String, BigDecimal> values =
                request == null || request.parameters() == null ? Map.of() : new LinkedHashMap<>(request.parameters());
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        try {
            RuleSet.defaults().withSettings(province, outcomes, values);
        } catch (InvalidInputException e) {
            throw Refusal.invalid(e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message()))
                    .toList());
        }
        RuleSetView before = view(forRegion(user.regionCode()), province);
        mapper.deleteSettings(province);
        RuleSet defaults = RuleSet.defaults();
        outcomes.forEach((code, outcome) -> {
            if (outcome != defaults.outcome(code)) {
                mapper.insertSetting(province, OUTCOME, code, outcome.name(), user.username(), time.now());
            }
        });
        values.forEach((code, value) -> {
            if (value.compareTo(defaults.parameter(code).value()) != 0) {
                mapper.insertSetting(
                        province,
                        PARAMETER,
                        code,
                        value.stripTrailingZeros().toPlainString(),
                        user.username(),
                        time.now());
            }
        });
        RuleSetView after = view(forRegion(user.regionCode()), province);
        audit.record(null, "desk_rule_set", province, "DESK_RULES_SET", user.username(), before, after);
        return after;
    }
}
