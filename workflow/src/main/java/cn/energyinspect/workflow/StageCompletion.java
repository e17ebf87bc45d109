package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Outcomes;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stage done, with what the process needs from it (checked by {@link StageOutputs}).
 *
 * @param stage one of {@code ApprovalSkeleton.Stages} that a message completes
 * @param outcome one of the stage's {@code Stages.OUTCOMES}, or null for a stage without outcomes
 * @param hearingRequired with the province's {@code PASS} of a capacity plan: a hearing comes before the 公示
 * @param dismantlingDue with the shut-down confirmation: the last day for dismantling
 */
public record StageCompletion(String stage, String outcome, Boolean hearingRequired, LocalDate dismantlingDue) {
    public StageCompletion {
        Objects.requireNonNull(stage, "stage");
    }

    public static StageCompletion of(String stage, String outcome) {
        return new StageCompletion(stage, outcome, null, null);
    }

    /** The province passes the plan on, saying whether a hearing is needed. */
    public static StageCompletion provincePassed(boolean hearingRequired) {
        return new StageCompletion(Stages.PROVINCE_REVIEW, Outcomes.PASS, hearingRequired, null);
    }

    /** The exiting capacity is shut down; dismantling is due by {@code dismantlingDue}. */
    public static StageCompletion shutDown(LocalDate dismantlingDue) {
        return new StageCompletion(Stages.SHUTDOWN, null, null, dismantlingDue);
    }
}
