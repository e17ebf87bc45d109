package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.inspection.CaseRow;
import cn.energyinspect.app.inspection.Payloads;
import cn.energyinspect.app.inspection.ScreenedCases;
import cn.energyinspect.app.inspection.TaskHandler;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.rules.desk.Signals;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 确认筛查问题: the supervisors confirm or dismiss every signal the screening raised (a dismissal with its reason) and,
 * when anything is confirmed, name the reviewers (at least two officers with a valid 执法证 and no 回避). The confirmed
 * signals become the case's findings; with none confirmed the process closes the case (CLOSED_NO_FINDINGS).
 */
@Component
class ConfirmSignals implements TaskHandler {
    private static final Set<String> FINDING_KINDS =
            Set.of(Signals.OVER_QUOTA, Signals.ELIMINATED_EQUIPMENT, Signals.BELOW_EFFICIENCY_LIMIT);

    private final DeskCases desk;
    private final ScreenedCases cases;
    private final Payloads payloads;

    ConfirmSignals(DeskCases desk, ScreenedCases cases, Payloads payloads) {
        this.desk = desk;
        this.cases = cases;
        this.payloads = payloads;
    }

    @Schema(description = "One signal of the screening, confirmed or dismissed")
    record SignalChoice(
            @Schema(description = "The signal's line (DeskCaseView.signals[].line)")
            Integer line,

            @Schema(description = "true: a finding of the case; false: dismissed")
            Boolean confirmed,

            @Schema(description = "Why it is dismissed (required then, at most 500 characters)")
            String reason) {}

    @Schema(
            description = "Task_ConfirmSignals: every signal of the screening confirmed or dismissed; with any"
                    + " confirmed, the reviewers (at least two officers of the agency with a valid 执法证)")
    record Payload(
            @Schema(description = "One entry per signal of the case")
            List<SignalChoice> signals,

            @Schema(
                    description = "Usernames of the reviewers, at least two; the first leads",
                    example = "[\"inspector1\", \"inspector2\"]")
            List<String> reviewers) {}

    @Override
    public String taskKey() {
        return DeskReviewProcess.TASK_CONFIRM_SIGNALS;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of("signals", desk.signals(desk.row(row.id())));
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        CaseRow row = context.row();
        List<DeskCases.SignalDecision> signals = desk.signals(desk.row(row.id()));
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, SignalChoice> chosen = new HashMap<>();
        List<SignalChoice> given = payload.signals() == null ? List.of() : payload.signals();
        for (int i = 0; i < given.size(); i++) {
            SignalChoice c = given.get(i);
            String at = "signals[" + i + "]";
            if (c == null || c.line() == null) {
                errors.add(new FieldError(at + ".line", "必填：信号行号"));
                continue;
            }
            if (signals.stream().noneMatch(s -> s.line() == c.line())) {
                errors.add(new FieldError(at + ".line", "本案没有第 " + c.line() + " 项筛查信号"));
                continue;
            }
            if (chosen.put(c.line(), c) != null) {
                errors.add(new FieldError(at + ".line", "第 " + c.line() + " 项重复"));
            }
            if (c.confirmed() == null) {
                errors.add(new FieldError(at + ".confirmed", "必填：确认或不予认定"));
            } else if (!c.confirmed()) {
                Payloads.text(c.reason(), at + ".reason", 500, true, errors);
            }
        }
        for (DeskCases.SignalDecision s : signals) {
            if (!chosen.containsKey(s.line())) {
                errors.add(new FieldError("signals", "第 " + s.line() + " 项（" + s.name() + "）尚未确认或不予认定"));
            }
        }
        List<String> reviewers =
                payload.reviewers() == null ? List.of() : List.copyOf(new LinkedHashSet<>(payload.reviewers()));
        boolean anyConfirmed = chosen.values().stream().anyMatch(c -> Boolean.TRUE.equals(c.confirmed()));
        if (anyConfirmed && reviewers.size() < 2) {
            errors.add(new FieldError("reviewers", "书面监察须由至少两名执法人员办理"));
        }
        Payloads.failIfAny(errors);
        List<DeskCases.SignalDecision> decided = new ArrayList<>();
        List<ScreenedCases.ConfirmedFinding> findings = new ArrayList<>();
        for (DeskCases.SignalDecision s : signals) {
            SignalChoice c = chosen.get(s.line());
            boolean confirmed = c.confirmed();
            decided.add(new DeskCases.SignalDecision(
                    s.line(),
                    s.code(),
                    s.name(),
                    s.outcome(),
                    s.lawArticle(),
                    s.lawArticleCode(),
                    s.subject(),
                    s.message(),
                    s.value(),
                    s.threshold(),
                    s.unit(),
                    s.unconfirmed(),
                    s.basis(),
                    confirmed,
                    confirmed ? null : c.reason().strip()));
            if (confirmed) {
                findings.add(new ScreenedCases.ConfirmedFinding(
                        FINDING_KINDS.contains(s.code()) ? s.code() : "OTHER",
                        s.name() + "：" + s.message(),
                        s.code(),
                        s.basis() == null || s.basis().isEmpty()
                                ? null
                                : s.basis().getFirst(),
                        s.lawArticleCode(),
                        s.value(),
                        s.threshold(),
                        s.unit()));
            }
        }
        cases.confirm(row, findings, reviewers, context.user().username());
        desk.decided(row.id(), decided);
        Map<String, Object> variables = new HashMap<>();
        variables.put(DeskReviewProcess.Variables.CONFIRMED_COUNT, findings.size());
        if (!findings.isEmpty()) {
            variables.put(DeskReviewProcess.Variables.TEAM_USERNAMES, String.join(",", reviewers));
        }
        return variables;
    }
}
