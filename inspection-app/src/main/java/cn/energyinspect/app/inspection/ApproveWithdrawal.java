package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 撤销立案 decided by a supervisor: approved, the process ends every open step and closes the case as withdrawn (its
 * number stays used, every record kept); refused, with a reason, the case goes on where it was.
 */
@Component
class ApproveWithdrawal implements TaskHandler {
    private final CaseMapper cases;
    private final CaseTransitions transitions;
    private final Payloads payloads;
    private final BusinessTime time;

    ApproveWithdrawal(CaseMapper cases, CaseTransitions transitions, Payloads payloads, BusinessTime time) {
        this.cases = cases;
        this.transitions = transitions;
        this.payloads = payloads;
        this.time = time;
    }

    /**
     * @param approved true withdraws the case, false lets it go on
     * @param comment the decision's reason (≤ 500 characters; required for a refusal)
     */
    @Schema(
            description = "Task_ApproveWithdrawal: a supervisor decides the request to withdraw the case (撤销立案);"
                    + " the case number is kept")
    record Payload(
            @Schema(description = "true withdraws the case, false lets it go on")
            Boolean approved,

            @Schema(description = "The decision's reason: required for a refusal, at most 500 characters")
            String comment) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_APPROVE_WITHDRAWAL;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return cases.pendingWithdrawal(row.id()).map(Object.class::cast).orElse(Map.of());
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        if (payload.approved() == null) {
            errors.add(new FieldError("approved", "必填：true 同意撤销立案，false 不同意"));
        }
        String comment =
                Payloads.text(payload.comment(), "comment", 500, Boolean.FALSE.equals(payload.approved()), errors);
        Payloads.failIfAny(errors);
        CaseRow row = context.row();
        CaseMapper.Withdrawal request = cases.pendingWithdrawal(row.id())
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "没有待审批的撤销立案申请"));
        cases.decideWithdrawal(
                request.id(), payload.approved(), comment, context.user().username(), time.now());
        Map<String, Object> detail = new HashMap<>();
        detail.put("requestId", request.id());
        detail.put("reason", request.reason());
        detail.put("comment", comment);
        transitions.changed(
                row,
                "withdrawal",
                request.id(),
                payload.approved() ? "WITHDRAWAL_APPROVED" : "WITHDRAWAL_REFUSED",
                context.user().username(),
                null,
                detail);
        return Map.of(SiteInspectionProcess.Variables.WITHDRAWAL_APPROVED, payload.approved());
    }
}
