package cn.energyinspect.app.approval.capacity;

import cn.energyinspect.app.approval.Holds;
import cn.energyinspect.app.approval.PreCheckView;
import cn.energyinspect.app.approval.PreCheckView.BasisView;
import cn.energyinspect.app.approval.PreCheckView.DoubleUseView;
import cn.energyinspect.app.approval.PreCheckView.ReasonView;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.capacity.CapacityReplacement;
import cn.energyinspect.rules.capacity.CapacityReplacementRequest;
import cn.energyinspect.rules.capacity.CapacityReplacementResult;
import cn.energyinspect.rules.capacity.Decision;
import cn.energyinspect.rules.capacity.DoubleUse;
import cn.energyinspect.rules.capacity.ExitCapacity;
import cn.energyinspect.rules.capacity.Reason;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The capacity plan's pre-check: the form's own fields first (in Chinese, by field), then the rules library by the
 * plan's date, then the double-use register. Pure: the register and the holds are handed in.
 */
public final class CapacityPreCheck {
    private static final Set<String> PERMIT_RULE_INDUSTRIES = Set.of("CEMENT_CLINKER", "FLAT_GLASS");
    private static final LocalDate PERMIT_RULE_FROM = LocalDate.of(2024, 11, 1);

    private CapacityPreCheck() {}

    /** The form's problems, field by field; empty when it can be checked (and submitted). */
    public static List<FieldError> incomplete(CapacityPlanForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(form.title())) {
            errors.add(new FieldError("title", "必填：方案名称"));
        }
        if (blank(form.industry())) {
            errors.add(new FieldError("industry", "必填：行业（钢铁、水泥熟料、平板玻璃）"));
        }
        if (blank(form.regionCode()) || !RegionCodes.isWellFormed(form.regionCode())) {
            errors.add(new FieldError("regionCode", "必填：建设项目所在地的六位行政区划代码"));
        }
        if (form.newCapacity() == null || !(form.newCapacity() > 0)) {
            errors.add(new FieldError("newCapacity", "必填：新建产能须为正数"));
        }
        if (blank(form.newLineName())) {
            errors.add(new FieldError("newLineName", "必填：新建生产线名称"));
        }
        if (form.plannedStart() == null) {
            errors.add(new FieldError("plannedStart", "必填：新建生产线计划投产日期（退出产能须在此前关停）"));
        }
        if (form.exitLines().isEmpty()) {
            errors.add(new FieldError("exitLines", "至少填写一条退出生产线"));
        }
        for (int i = 0; i < form.exitLines().size(); i++) {
            CapacityPlanForm.ExitLineForm line = form.exitLines().get(i);
            String at = "exitLines[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(at, "不能为空"));
                continue;
            }
            if (blank(line.ownerName())) {
                errors.add(new FieldError(at + ".ownerName", "必填：产能所属企业名称"));
            }
            if (blank(line.ownerUscc())
                    || !UnifiedSocialCreditCode.check(UnifiedSocialCreditCode.normalise(line.ownerUscc()))
                            .valid()) {
                errors.add(new FieldError(at + ".ownerUscc", "必填：有效的统一社会信用代码"));
            }
            if (blank(line.lineName())) {
                errors.add(new FieldError(at + ".lineName", "必填：生产线名称"));
            }
            if (line.capacity() == null || !(line.capacity() > 0)) {
                errors.add(new FieldError(at + ".capacity", "必填：退出产能须为正数"));
            }
            if (blank(line.regionCode()) || !RegionCodes.isWellFormed(line.regionCode())) {
                errors.add(new FieldError(at + ".regionCode", "必填：生产线所在地的六位行政区划代码"));
            }
        }
        return errors;
    }

    /** The exiting lines as the double-use register keys them. */
    public static List<DoubleUse.Line> lines(CapacityPlanForm form) {
        return form.exitLines().stream()
                .map(line -> new DoubleUse.Line(UnifiedSocialCreditCode.normalise(line.ownerUscc()), line.lineName()))
                .toList();
    }

    /**
     * Checks a complete form on {@code date}.
     *
     * @param register lines of other pending or approved plans that share a key with this plan's
     * @throws InvalidInputException re-thrown as field errors by the caller (flags or a process type the rules do not
     *     know)
     */
    public static PreCheckView check(
            CapacityPlanForm form,
            long applicationId,
            String applicationNumber,
            LocalDate date,
            List<DoubleUse.UsedLine> register,
            Holds.HoldCheck holds) {
        CapacityReplacementResult result = CapacityReplacement.standard().check(request(form, date));
        List<ReasonView> reasons = new ArrayList<>();
        for (Reason reason : result.reasons()) {
            reasons.add(new ReasonView(
                    reason.code(),
                    DisplayNames.of(DisplayNames.Category.PRECHECK_REASON, reason.code()),
                    message(reason, result),
                    BasisView.of(reason.basis())));
        }
        List<DoubleUseView> doubleUse = new ArrayList<>();
        for (DoubleUse.Conflict conflict : DoubleUse.find(applicationId, applicationNumber, lines(form), register)) {
            DoubleUse.UsedLine used = conflict.usedBy();
            doubleUse.add(new DoubleUseView(
                    conflict.exitIndex(),
                    form.exitLines().get(conflict.exitIndex()).lineName(),
                    used.line().ownerUscc(),
                    used.planId(),
                    used.planNumber(),
                    used.status(),
                    DisplayNames.of(DisplayNames.Category.APPROVAL_STATUS, used.status())));
        }
        Decision decision = result.decision();
        boolean ruleAllows = decision == Decision.PASS || decision == Decision.REVIEW || decision == Decision.EXEMPT;
        Double shortfall = result.minimumExitCapacity() == null
                ? null
                : Math.max(0, round(result.minimumExitCapacity() - result.eligibleExitCapacity()));
        boolean hearing = result.reasons().stream().anyMatch(r -> r.code().equals("HEARING_REQUIRED"));
        return new PreCheckView(
                decision.name(),
                DisplayNames.of(DisplayNames.Category.PRECHECK_DECISION, decision.name()),
                ruleAllows && doubleUse.isEmpty() && !holds.blocks(),
                result.requiredRatio(),
                result.actualRatio() == null ? null : round(result.actualRatio()),
                result.minimumExitCapacity(),
                result.eligibleExitCapacity(),
                shortfall,
                hearing,
                List.copyOf(reasons),
                List.copyOf(doubleUse),
                null,
                holds,
                result.unconfirmed(),
                date);
    }

    /** A verdict for a form that cannot be checked yet: each missing field as a reason. */
    public static PreCheckView incompleteView(List<FieldError> errors, Holds.HoldCheck holds, LocalDate date) {
        List<ReasonView> reasons = errors.stream()
                .map(e -> new ReasonView(
                        "INCOMPLETE",
                        DisplayNames.of(DisplayNames.Category.PRECHECK_REASON, "INCOMPLETE"),
                        e.field() + "：" + e.message(),
                        null))
                .toList();
        return new PreCheckView(
                "INCOMPLETE",
                DisplayNames.of(DisplayNames.Category.PRECHECK_DECISION, "INCOMPLETE"),
                false,
                null,
                null,
                null,
                null,
                null,
                false,
                reasons,
                List.of(),
                null,
                holds,
                false,
                date);
    }

    /** The rules' field names in the form's terms. */
    public static List<FieldError> fieldErrors(InvalidInputException e) {
        List<FieldError> errors = new ArrayList<>();
        for (Violation v : e.violations()) {
            String field = v.field().replace("exitCapacities", "exitLines");
            errors.add(new FieldError(field, "规则库不能识别该值：" + v.message()));
        }
        return errors;
    }

    static CapacityReplacementRequest request(CapacityPlanForm form, LocalDate date) {
        List<ExitCapacity> exits = new ArrayList<>();
        boolean permitRule = PERMIT_RULE_INDUSTRIES.contains(form.industry()) && !date.isBefore(PERMIT_RULE_FROM);
        for (CapacityPlanForm.ExitLineForm line : form.exitLines()) {
            List<String> flags = new ArrayList<>(line.flags());
            if (permitRule && blank(line.dischargePermitNumber()) && !flags.contains("NO_DISCHARGE_PERMIT")) {
                flags.add("NO_DISCHARGE_PERMIT");
            }
            exits.add(new ExitCapacity(line.capacity(), line.regionCode(), flags));
        }
        return new CapacityReplacementRequest(
                form.industry(),
                form.regionCode(),
                form.newCapacity(),
                exits,
                blank(form.processType()) ? null : form.processType(),
                form.projectFlags(),
                date);
    }

    /** A Chinese message for the reasons a person acts on; the rules' own text for the rest. */
    private static String message(Reason reason, CapacityReplacementResult result) {
        return switch (reason.code()) {
            case "RATIO_BELOW_REQUIRED" ->
                "可计入的退出产能 " + number(result.eligibleExitCapacity()) + "，新建产能 "
                        + number(result.newCapacity()) + "，置换比例 " + number(round(result.actualRatio())) + ":1，低于要求的 "
                        + number(result.requiredRatio()) + ":1；至少需退出产能 " + number(result.minimumExitCapacity()) + "，尚差 "
                        + number(Math.max(0, round(result.minimumExitCapacity() - result.eligibleExitCapacity())));
            case "RATIO_MET" ->
                "可计入的退出产能 " + number(result.eligibleExitCapacity()) + "，新建产能 "
                        + number(result.newCapacity()) + "，置换比例 " + number(round(result.actualRatio())) + ":1，达到要求的 "
                        + number(result.requiredRatio()) + ":1";
            case "KEY_REGION" -> "项目所在地属于该行业的大气污染防治重点区域，适用重点区域置换比例";
            case "OTHER_REGION" -> "项目所在地不在该行业的重点区域名单内，适用一般地区置换比例";
            case "INELIGIBLE_EXIT_CAPACITY",
                    "MERGER_RATIO",
                    "RESTRICTED_CATEGORY_RATIO",
                    "CROSS_PROVINCE_RATIO",
                    "FLAG_NOT_IN_FORCE" -> exitMessage(reason);
            default -> reason.message();
        };
    }

    private static final java.util.regex.Pattern EXIT_INDEX =
            java.util.regex.Pattern.compile("exitCapacities\\[(\\d+)]");
    private static final java.util.regex.Pattern FLAG = java.util.regex.Pattern.compile("\\b([A-Z][A-Z_]{3,})\\b");

    /** 第n条退出生产线 and the flag's Chinese name, from the rules' text (which names the index and the flag). */
    private static String exitMessage(Reason reason) {
        java.util.regex.Matcher index = EXIT_INDEX.matcher(reason.message());
        String line = index.find() ? "第" + (Integer.parseInt(index.group(1)) + 1) + "条退出生产线" : "项目";
        java.util.regex.Matcher flag = FLAG.matcher(reason.message().replaceAll("exitCapacities\\[\\d+]", ""));
        String what = flag.find() && DisplayNames.knows(DisplayNames.Category.CAPACITY_FLAG, flag.group(1))
                ? DisplayNames.of(DisplayNames.Category.CAPACITY_FLAG, flag.group(1))
                : null;
        return switch (reason.code()) {
            case "INELIGIBLE_EXIT_CAPACITY" -> line + (what == null ? "" : "（" + what + "）") + "不得用于置换，不计入退出产能，方案不予通过";
            case "CROSS_PROVINCE_RATIO" -> line + "位于外省，适用跨省置换比例";
            case "FLAG_NOT_IN_FORCE" -> line + (what == null ? "所填情形" : "的情形“" + what + "”") + "在方案日期不适用";
            default -> line + (what == null ? "" : "（" + what + "）") + "适用相应置换比例";
        };
    }

    private static String number(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
