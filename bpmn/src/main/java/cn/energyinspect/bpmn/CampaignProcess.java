package cn.energyinspect.bpmn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign process ({@code bpmn/campaign.bpmn}): one instance per campaign plan (监察计划) of any tier, business key
 * {@code plan-<planId>} ({@link #businessKey}). It holds the plan's phase and the phase deadlines; the application
 * does the work of each phase and says when it is done.
 *
 * <h2>Phases</h2>
 *
 * {@link Phases#SPLIT} (to the tier below; skipped when {@link Variables#SPLIT_NEEDED} is false, e.g. county plans) →
 * {@link Phases#DRAW} → {@link Phases#EXECUTION} → {@link Phases#SUMMARY} → {@link Phases#PUBLICATION} → end. Each phase
 * is a receive task waiting for its own message ({@link Messages}). The first four carry a non-interrupting timer at
 * the phase's due date ({@link Variables#SPLIT_DUE} …, ISO date-times, the end of the due day in China time): the
 * overdue phase is reported through {@link Beans#PHASE_OVERDUE} with the local input {@link Variables#PHASE}, and the
 * phase stays open. After the publication {@link Beans#FINISHED} tells the application the plan's process ended.
 */
public final class CampaignProcess {
    public static final String PROCESS_ID = "campaign";
    public static final String RESOURCE = "bpmn/campaign.bpmn";

    // events
    public static final String START_PLAN_ADOPTED = "Start_PlanAdopted";
    public static final String END_CAMPAIGN_FINISHED = "End_CampaignFinished";
    public static final String END_SPLIT_OVERDUE_RECORDED = "End_SplitOverdueRecorded";
    public static final String END_DRAW_OVERDUE_RECORDED = "End_DrawOverdueRecorded";
    public static final String END_EXECUTION_OVERDUE_RECORDED = "End_ExecutionOverdueRecorded";
    public static final String END_SUMMARY_OVERDUE_RECORDED = "End_SummaryOverdueRecorded";

    // receive tasks: one per phase
    public static final String TASK_SPLIT = "Task_Split";
    public static final String TASK_DRAW = "Task_Draw";
    public static final String TASK_EXECUTION = "Task_Execution";
    public static final String TASK_SUMMARY = "Task_Summary";
    public static final String TASK_PUBLICATION = "Task_Publication";

    // service tasks
    public static final String TASK_RECORD_SPLIT_OVERDUE = "Task_RecordSplitOverdue";
    public static final String TASK_RECORD_DRAW_OVERDUE = "Task_RecordDrawOverdue";
    public static final String TASK_RECORD_EXECUTION_OVERDUE = "Task_RecordExecutionOverdue";
    public static final String TASK_RECORD_SUMMARY_OVERDUE = "Task_RecordSummaryOverdue";
    public static final String TASK_RECORD_CAMPAIGN_FINISHED = "Task_RecordCampaignFinished";

    // gateways
    public static final String GATEWAY_SPLIT_NEEDED = "Gateway_SplitNeeded";
    public static final String GATEWAY_DRAW_JOIN = "Gateway_DrawJoin";

    // boundary events: non-interrupting, at the end of the phase's due day
    public static final String TIMER_SPLIT_OVERDUE = "Timer_SplitOverdue";
    public static final String TIMER_DRAW_OVERDUE = "Timer_DrawOverdue";
    public static final String TIMER_EXECUTION_OVERDUE = "Timer_ExecutionOverdue";
    public static final String TIMER_SUMMARY_OVERDUE = "Timer_SummaryOverdue";

    // sequence flows leaving gateways (for readable path assertions)
    public static final String FLOW_SPLIT_NEEDED = "Flow_SplitNeeded";
    public static final String FLOW_SPLIT_NOT_NEEDED = "Flow_SplitNotNeeded";

    /** The business key of a plan's process instance. */
    public static String businessKey(long planId) {
        return "plan-" + planId;
    }

    /** The plan's phases, each a receive task of the model. */
    public static final class Phases {
        public static final String SPLIT = "SPLIT";
        public static final String DRAW = "DRAW";
        public static final String EXECUTION = "EXECUTION";
        public static final String SUMMARY = "SUMMARY";
        public static final String PUBLICATION = "PUBLICATION";
        /** In the order the process runs them. */
        public static final List<String> ALL = List.of(SPLIT, DRAW, EXECUTION, SUMMARY, PUBLICATION);

        private static final Map<String, String> TASKS = Map.of(
                SPLIT, TASK_SPLIT,
                DRAW, TASK_DRAW,
                EXECUTION, TASK_EXECUTION,
                SUMMARY, TASK_SUMMARY,
                PUBLICATION, TASK_PUBLICATION);
        private static final Map<String, String> MESSAGES = Map.of(
                SPLIT, Messages.SPLIT_DONE,
                DRAW, Messages.DRAW_DONE,
                EXECUTION, Messages.EXECUTION_DONE,
                SUMMARY, Messages.SUMMARY_DONE,
                PUBLICATION, Messages.PUBLISHED);

        /** The receive task that waits in {@code phase}. */
        public static String task(String phase) {
            return known(TASKS.get(phase), phase);
        }

        /** The message that ends {@code phase}. */
        public static String message(String phase) {
            return known(MESSAGES.get(phase), phase);
        }

        /** The phase whose receive task is {@code activityId}, if it is one. */
        public static Optional<String> ofTask(String activityId) {
            return TASKS.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(activityId))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        private static String known(String value, String phase) {
            if (value == null) {
                throw new IllegalArgumentException("phase must be one of " + ALL + ", was " + phase);
            }
            return value;
        }

        private Phases() {}
    }

    /** Message names (global in the engine, hence prefixed); each ends one phase. */
    public static final class Messages {
        public static final String SPLIT_DONE = "Campaign_SplitDone";
        public static final String DRAW_DONE = "Campaign_DrawDone";
        public static final String EXECUTION_DONE = "Campaign_ExecutionDone";
        public static final String SUMMARY_DONE = "Campaign_SummaryDone";
        public static final String PUBLISHED = "Campaign_Published";

        private Messages() {}
    }

    /** Process variables: ids, a flag and the due dates; the plan itself lives in the app's tables. */
    public static final class Variables {
        /** long: the plan row's id. */
        public static final String PLAN_ID = "planId";
        /** long: the agency that owns the plan. */
        public static final String AGENCY_ID = "agencyId";
        /** boolean: the plan is split to the tier below (false for county plans). */
        public static final String SPLIT_NEEDED = "splitNeeded";
        /** String: ISO date-time with offset, the end of the split phase's due day. */
        public static final String SPLIT_DUE = "splitDue";
        /** String: ISO date-time with offset, the end of the draw phase's due day. */
        public static final String DRAW_DUE = "drawDue";
        /** String: ISO date-time with offset, the end of the execution phase's due day. */
        public static final String EXECUTION_DUE = "executionDue";
        /** String: ISO date-time with offset, the end of the summary phase's due day. */
        public static final String SUMMARY_DUE = "summaryDue";
        /** String, one of {@link Phases}; a local input of the overdue service tasks. */
        public static final String PHASE = "phase";

        private Variables() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}. */
    public static final class Beans {
        public static final String PHASE_OVERDUE = "campaignPhaseOverdueDelegate";
        public static final String FINISHED = "campaignFinishedDelegate";

        private Beans() {}
    }

    private CampaignProcess() {}
}
