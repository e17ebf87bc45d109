package cn.energyinspect.app.approval.whitelist;

import cn.energyinspect.app.approval.ApprovalProperties;
import cn.energyinspect.app.approval.Holds;
import cn.energyinspect.app.approval.PreCheckView;
import cn.energyinspect.app.approval.PreCheckView.BasisView;
import cn.energyinspect.app.approval.PreCheckView.ComponentView;
import cn.energyinspect.app.approval.PreCheckView.ReasonView;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.whitelist.BenchmarkLevel;
import cn.energyinspect.rules.whitelist.ChainPosition;
import cn.energyinspect.rules.whitelist.Contribution;
import cn.energyinspect.rules.whitelist.Criterion;
import cn.energyinspect.rules.whitelist.WhitelistApplication;
import cn.energyinspect.rules.whitelist.WhitelistAssessment;
import cn.energyinspect.rules.whitelist.WhitelistScorecard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The white-list pre-check: the scorecard with the province's settings; the verdict recommends or not. */
public final class WhiteListPreCheck {
    private WhiteListPreCheck() {}

    public static List<FieldError> incomplete(WhiteListForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "必填：申请名称"));
        }
        if (form.regionCode() == null || !RegionCodes.isWellFormed(form.regionCode())) {
            errors.add(new FieldError("regionCode", "必填：项目所在地的六位行政区划代码"));
        }
        if (!isOne(BenchmarkLevel.class, form.unitConsumptionLevel())) {
            errors.add(new FieldError("unitConsumptionLevel", "必填：单位产品能耗对照标杆/基准水平"));
        }
        if (form.valueAddedTenThousandYuan() == null || !(form.valueAddedTenThousandYuan() > 0)) {
            errors.add(new FieldError("valueAddedTenThousandYuan", "必填：工业增加值（万元）须为正数"));
        }
        if (form.energyConsumptionTce() == null || !(form.energyConsumptionTce() > 0)) {
            errors.add(new FieldError("energyConsumptionTce", "必填：综合能源消费量（吨标准煤）须为正数"));
        }
        if (!isOne(ChainPosition.class, form.chainPosition())) {
            errors.add(new FieldError("chainPosition", "必填：产业链定位"));
        }
        Double share = form.greenPowerSharePercent();
        if (share == null || share < 0 || share > 100) {
            errors.add(new FieldError("greenPowerSharePercent", "必填：绿色电力占比（0–100%）"));
        }
        return errors;
    }

    public static PreCheckView check(
            WhiteListForm form, ApprovalProperties.Settings settings, LocalDate date, Holds.HoldCheck holds) {
        Basis provinceBasis = new Basis(
                "白名单评分规则（省级设置）",
                settings.provinceCode(),
                "权重、合格线、参照能源产出率",
                null,
                null,
                settings.confirmed() ? Confidence.PAGE : Confidence.UNCONFIRMED,
                settings.ownValues()
                        ? "energyinspect.approval.provinces." + settings.provinceCode() + " (province setting)"
                        : "EnergyInspect default: no national 白名单 rule exists (programmes.md §3.1)");
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        settings.whiteListWeights().forEach((name, value) -> weights.put(Criterion.valueOf(name), value));
        WhitelistScorecard scorecard =
                WhitelistScorecard.standard().withWeights(weights, settings.passMark(), provinceBasis);
        WhitelistAssessment assessment = scorecard.assess(new WhitelistApplication(
                BenchmarkLevel.valueOf(form.unitConsumptionLevel()),
                form.valueAddedTenThousandYuan(),
                form.energyConsumptionTce(),
                settings.referenceEnergyProductivity(),
                ChainPosition.valueOf(form.chainPosition()),
                form.greenPowerSharePercent()));
        List<ComponentView> components = new ArrayList<>();
        List<ReasonView> reasons = new ArrayList<>();
        for (Contribution c : assessment.contributions()) {
            String name = DisplayNames.of(
                    DisplayNames.Category.WHITE_LIST_CRITERION, c.criterion().name());
            components.add(new ComponentView(
                    c.criterion().name(),
                    name,
                    c.input(),
                    c.band(),
                    c.points(),
                    c.weight(),
                    c.score(),
                    c.excludes(),
                    BasisView.of(c.basis())));
            if (c.excludes()) {
                reasons.add(new ReasonView(
                        "WHITE_LIST_EXCLUDED",
                        DisplayNames.of(DisplayNames.Category.PRECHECK_REASON, "WHITE_LIST_EXCLUDED"),
                        name + "：" + c.input(),
                        BasisView.of(c.basis())));
            }
        }
        boolean recommended = assessment.verdict() == WhitelistAssessment.Verdict.RECOMMENDED;
        reasons.add(new ReasonView(
                recommended ? "WHITE_LIST_SCORE_PASSED" : "WHITE_LIST_SCORE_BELOW",
                DisplayNames.of(
                        DisplayNames.Category.PRECHECK_REASON,
                        recommended ? "WHITE_LIST_SCORE_PASSED" : "WHITE_LIST_SCORE_BELOW"),
                "总分 " + round(assessment.totalScore()) + "，合格线 " + round(assessment.passMark())
                        + (settings.confirmed() ? "" : "（评分规则待核实：省级未确认）"),
                BasisView.of(provinceBasis)));
        String decision = recommended ? "RECOMMENDED" : "NOT_RECOMMENDED";
        return new PreCheckView(
                decision,
                DisplayNames.of(DisplayNames.Category.PRECHECK_DECISION, decision),
                recommended && !holds.blocks(),
                null,
                null,
                null,
                null,
                null,
                false,
                List.copyOf(reasons),
                List.of(),
                new PreCheckView.ScoreView(
                        round(assessment.totalScore()),
                        assessment.passMark(),
                        List.copyOf(components),
                        settings.ownValues(),
                        settings.confirmed()),
                holds,
                assessment.unconfirmed() || !settings.confirmed(),
                date);
    }

    private static <E extends Enum<E>> boolean isOne(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
