package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.inspection.ScreenedCases;
import cn.energyinspect.workflow.DeskReviewPort;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the desk-review process tells the case. Runs in the engine's transaction; every call is idempotent because a
 * retried job calls again. The acts that follow a review are recorded as the supervisor who decided them.
 */
@Component
class DeskReviewAdapter implements DeskReviewPort {
    static final String PROCESS = "process";

    private final DeskCases desk;
    private final ScreenedCases cases;

    DeskReviewAdapter(DeskCases desk, ScreenedCases cases) {
        this.desk = desk;
        this.cases = cases;
    }

    @Override
    public void closed(long caseId, String outcome) {
        cases.close(caseId, outcome, decider(caseId));
    }

    @Override
    public void answerPeriodOver(long caseId) {
        desk.noAnswer(caseId);
        cases.toReview(caseId, "DESK_ANSWER_PERIOD_OVER", PROCESS, Map.of());
    }

    @Override
    public void rectificationOrdered(long caseId) {
        cases.handOverToRectification(caseId, decider(caseId));
    }

    @Override
    public void escalated(long caseId) {
        if (desk.row(caseId).escalatedCaseId() != null) {
            return; // a retried job: the on-site case is open already
        }
        long onSite = cases.escalate(caseId, decider(caseId));
        desk.escalated(caseId, onSite);
    }

    private String decider(long caseId) {
        String by = desk.row(caseId).decidedBy();
        return by == null ? PROCESS : by;
    }
}
