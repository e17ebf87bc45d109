package cn.energyinspect.bpmn;

import java.util.Set;

/**
 * Desk review (书面监察) of one unit from the screening of its 能源利用状况报告 ({@code bpmn/desk-review.bpmn}): one
 * instance per desk case, an inspection case of type DESK; business key = case number.
 *
 * <h2>Path</h2>
 *
 * {@link #TASK_CONFIRM_SIGNALS} (supervisors: confirm or dismiss each signal, name at least two reviewers; outputs
 * {@link Variables#CONFIRMED_COUNT}, {@link Variables#TEAM_USERNAMES}) → nothing confirmed: {@link
 * #TASK_CLOSE_UNFOUNDED} → otherwise {@link #TASK_SERVE_DESK_NOTICE} (the reviewers serve the 书面监察通知书 naming the
 * documents asked for; output {@link Variables#ANSWER_DUE}) → {@link #TASK_ENTERPRISE_WRITTEN_ANSWER}, or {@link
 * #TIMER_ANSWER_PERIOD_OVER} at the end of the answer day → {@link #TASK_REVIEW_WRITTEN_ANSWER} (supervisors; output
 * {@link Variables#DESK_DECISION}, one of {@link Decisions}): close, ask for more documents (a new notice), order
 * rectification ({@link Beans#RECTIFICATION_ORDERED}: the case continues in the site-inspection process at its
 * rectification notice) or escalate to an on-site inspection ({@link Beans#ESCALATED}).
 */
public final class DeskReviewProcess {
    public static final String PROCESS_ID = "desk-review";
    public static final String RESOURCE = "bpmn/desk-review.bpmn";

    public static final String START_DESK_CASE_OPENED = "Start_DeskCaseOpened";
    public static final String TASK_CONFIRM_SIGNALS = "Task_ConfirmSignals";
    public static final String GATEWAY_ANY_CONFIRMED = "Gateway_AnyConfirmed";
    public static final String TASK_CLOSE_UNFOUNDED = "Task_CloseUnfounded";
    public static final String END_CLOSED_UNFOUNDED = "End_ClosedUnfounded";
    public static final String GATEWAY_NOTICE_JOIN = "Gateway_NoticeJoin";
    public static final String TASK_SERVE_DESK_NOTICE = "Task_ServeDeskNotice";
    public static final String TASK_ENTERPRISE_WRITTEN_ANSWER = "Task_EnterpriseWrittenAnswer";
    public static final String TIMER_ANSWER_PERIOD_OVER = "Timer_AnswerPeriodOver";
    public static final String TASK_RECORD_NO_ANSWER = "Task_RecordNoAnswer";
    public static final String GATEWAY_REVIEW_JOIN = "Gateway_ReviewJoin";
    public static final String TASK_REVIEW_WRITTEN_ANSWER = "Task_ReviewWrittenAnswer";
    public static final String GATEWAY_DESK_DECISION = "Gateway_DeskDecision";
    public static final String TASK_CLOSE_DESK_CASE = "Task_CloseDeskCase";
    public static final String END_CLOSED = "End_Closed";
    public static final String TASK_ORDER_RECTIFICATION = "Task_OrderRectification";
    public static final String END_RECTIFICATION_ORDERED = "End_RectificationOrdered";
    public static final String TASK_ESCALATE_ON_SITE = "Task_EscalateOnSite";
    public static final String END_ESCALATED_ON_SITE = "End_EscalatedOnSite";

    /** Process variables: ids and small flags; the case and its findings live in the app's tables. */
    public static final class Variables {
        /** long: the case row's id (the same name as the site-inspection process, so task lists find the case). */
        public static final String CASE_ID = SiteInspectionProcess.Variables.CASE_ID;

        public static final String CASE_NUMBER = SiteInspectionProcess.Variables.CASE_NUMBER;
        public static final String AGENCY_ID = SiteInspectionProcess.Variables.AGENCY_ID;
        public static final String ENTERPRISE_USCC = SiteInspectionProcess.Variables.ENTERPRISE_USCC;
        /** int ≥ 0: how many of the screening's signals the supervisors confirmed (output of the confirmation). */
        public static final String CONFIRMED_COUNT = "confirmedCount";
        /** String: the reviewers' usernames, comma-separated (at least two). */
        public static final String TEAM_USERNAMES = SiteInspectionProcess.Variables.TEAM_USERNAMES;
        /** String {@code yyyy-MM-dd}: the day the written answer is due (output of serving the notice). */
        public static final String ANSWER_DUE = "answerDue";
        /** String, one of {@link Decisions}: the review's conclusion. */
        public static final String DESK_DECISION = "deskDecision";
        /** String, local to the closing service tasks: the case outcome. */
        public static final String OUTCOME = "outcome";

        private Variables() {}
    }

    /** The review's conclusions. */
    public static final class Decisions {
        public static final String CLOSE = "CLOSE";
        public static final String MORE_DOCUMENTS = "MORE_DOCUMENTS";
        public static final String RECTIFY = "RECTIFY";
        public static final String ESCALATE = "ESCALATE";
        public static final Set<String> ALL = Set.of(CLOSE, MORE_DOCUMENTS, RECTIFY, ESCALATE);

        private Decisions() {}
    }

    /** Case outcomes the model names. */
    public static final class Outcomes {
        /** Every signal dismissed at the confirmation. */
        public static final String CLOSED_NO_FINDINGS = SiteInspectionProcess.Outcomes.CLOSED_NO_FINDINGS;
        /** The written answer explained the signals. */
        public static final String CLOSED_EXPLAINED = "CLOSED_EXPLAINED";
        /** Closed because an on-site case took over. */
        public static final String ESCALATED_ON_SITE = "ESCALATED_ON_SITE";

        private Outcomes() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}. */
    public static final class Beans {
        public static final String CLOSED = "deskCaseClosedDelegate";
        public static final String ANSWER_PERIOD_OVER = "deskAnswerPeriodOverDelegate";
        public static final String RECTIFICATION_ORDERED = "deskRectificationOrderedDelegate";
        public static final String ESCALATED = "deskEscalatedDelegate";

        private Beans() {}
    }

    private DeskReviewProcess() {}
}
