package cn.energyinspect.app.approval;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.workflow.ApprovalWorkflow;
import cn.energyinspect.workflow.CapacityReplacementWorkflow;
import cn.energyinspect.workflow.StageCompletion;
import cn.energyinspect.workflow.StageNotCurrentException;
import cn.energyinspect.workflow.TaskVariablesRejectedException;
import cn.energyinspect.workflow.WhiteListWorkflow;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The facade of each programme's process, and its refusals as problems. */
@Component
class ApprovalWorkflows {
    private final CapacityReplacementWorkflow capacity;
    private final WhiteListWorkflow whiteList;

    ApprovalWorkflows(CapacityReplacementWorkflow capacity, WhiteListWorkflow whiteList) {
        this.capacity = capacity;
        this.whiteList = whiteList;
    }

    ApprovalWorkflow of(Programme programme) {
        return programme == Programme.CAPACITY_REPLACEMENT ? capacity : whiteList;
    }

    Optional<String> stage(ApprovalRow row) {
        return of(row.programme()).currentStage(row.id());
    }

    void complete(ApprovalRow row, StageCompletion completion) {
        try {
            of(row.programme()).complete(row.id(), completion);
        } catch (StageNotCurrentException e) {
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT,
                    "申请 " + row.applicationNumber() + " 当前不在"
                            + ApprovalViews.stageName(e.getStage()) + "环节"
                            + (e.getCurrentStage() == null
                                    ? ""
                                    : "，而在" + ApprovalViews.stageName(e.getCurrentStage()) + "环节"));
        } catch (TaskVariablesRejectedException e) {
            throw Refusal.invalid("outcome", "该环节不接受此结论");
        }
    }

    void revoke(ApprovalRow row, String kind) {
        try {
            of(row.programme()).revoke(row.id(), kind);
        } catch (StageNotCurrentException e) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "申请 " + row.applicationNumber() + " 的审批流程已结束");
        }
    }
}
