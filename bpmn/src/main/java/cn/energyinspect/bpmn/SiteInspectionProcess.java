package cn.energyinspect.bpmn;

import java.util.Set;

/**
 * The site-inspection case process ({@code bpmn/site-inspection.bpmn}): element ids, message names, variable names,
 * delegate bean names and the values the gateways compare against. Tests and the workflow module refer to the model only
 * through these constants.
 *
 * <h2>Time limits (regulations.md §1.2, §9.3)</h2>
 *
 * <ul>
 *   <li><b>Statement period (陈述)</b>: {@value Defaults#STATEMENT_WORKING_DAYS} <em>working</em> days by default, a
 *       variable per case ({@link Variables#STATEMENT_PERIOD}). 行政处罚法 Art. 85 makes "二日、三日、五日、七日" working days;
 *       timer {@link #TIMER_STATEMENT_PERIOD_OVER} uses {@code P${statementPeriod}WD}.
 *   <li><b>Serving the 限期整改通知书</b>: within {@value Defaults#NOTICE_SERVICE_DAYS} days after the on-site inspection
 *       ended. 20 is not among the periods Art. 85 turns into working days, so these are <em>natural</em> days; the
 *       last day moves to the next working day when it is a rest day or holiday (民法典 Art. 203, rule {@code
 *       ROLL_TO_WORKING_DAY} of the rules calendar): {@code ${inspectionEndedAt}/P${noticeServiceDays}CD}. The
 *       escalation to the supervisor comes {@value Defaults#NOTICE_ESCALATION_DAYS} natural days (exact, {@code P15D})
 *       after the inspection ended, i.e. five days before the limit.
 *   <li><b>Rectification deadline</b>: set case by case in the notice (no national number): the app sets {@link
 *       Variables#RECTIFICATION_DEADLINE} when the notice is served; a plain date means the end of that day (China
 *       time).
 * </ul>
 *
 * Duration grammar ({@code PnWD}, {@code PnCD}, {@code <start>/<duration>}, plain dates) is implemented by the workflow
 * module's working-day business calendar; without it the engine cannot create these timers.
 */
public final class SiteInspectionProcess {
    public static final String PROCESS_ID = "site-inspection";
    public static final String RESOURCE = "bpmn/site-inspection.bpmn";

    // events
    public static final String START_CASE_OPENED = "Start_CaseOpened";
    public static final String END_CLOSED = "End_Closed";
    public static final String END_REFERRED_FOR_PENALTY = "End_ReferredForPenalty";
    public static final String END_NOTICE_SERVICE_ESCALATED = "End_NoticeServiceEscalated";
    public static final String END_NOTICE_SERVICE_LATE = "End_NoticeServiceLate";
    public static final String START_RECTIFICATION_NOTICE = "Start_RectificationNotice";
    public static final String END_RECTIFICATION_NOTICE_SERVED = "End_RectificationNoticeServed";
    public static final String START_RECTIFICATION_PERIOD = "Start_RectificationPeriod";
    /** Terminate end event: an answer ends the period, also a pending extension decision. */
    public static final String END_RECTIFICATION_ANSWERED = "End_RectificationAnswered";
    /** Escalation end event: a granted extension restarts the period with the new deadline. */
    public static final String END_EXTENSION_GRANTED = "End_ExtensionGranted";

    public static final String END_EXTENSION_REFUSED = "End_ExtensionRefused";
    public static final String START_VISIT = "Start_Visit";
    /** The signed on-site record ends the visit. */
    public static final String END_VISITED = "End_Visited";
    /** Non-interrupting message start of {@link #SUB_PROCESS_WITHDRAWAL_REQUEST}. */
    public static final String START_WITHDRAWAL_REQUESTED = "Start_WithdrawalRequested";
    /** Escalation end event: the approved withdrawal ends the whole case through {@link #SUB_PROCESS_WITHDRAWN}. */
    public static final String END_WITHDRAWAL_APPROVED = "End_WithdrawalApproved";

    public static final String END_WITHDRAWAL_REFUSED = "End_WithdrawalRefused";
    /** Interrupting escalation start of {@link #SUB_PROCESS_WITHDRAWN}. */
    public static final String START_CASE_WITHDRAWN = "Start_CaseWithdrawn";

    public static final String END_WITHDRAWN = "End_Withdrawn";

    // user tasks
    public static final String TASK_ASSIGN_TEAM = "Task_AssignTeam";
    public static final String TASK_SERVE_INSPECTION_NOTICE = "Task_ServeInspectionNotice";
    public static final String TASK_ON_SITE_INSPECTION = "Task_OnSiteInspection";
    public static final String TASK_ENTERPRISE_STATEMENT = "Task_EnterpriseStatement";
    public static final String TASK_DRAFT_RECTIFICATION_NOTICE = "Task_DraftRectificationNotice";
    public static final String TASK_APPROVE_RECTIFICATION_NOTICE = "Task_ApproveRectificationNotice";
    public static final String TASK_SERVE_RECTIFICATION_NOTICE = "Task_ServeRectificationNotice";
    public static final String TASK_ENTERPRISE_ANSWER = "Task_EnterpriseAnswer";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String TASK_REVIEW_RECTIFICATION = "Task_ReviewRectification";
    public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
    /** 撤销立案: a supervisor approves or refuses the withdrawal requested with its reason. */
    public static final String TASK_APPROVE_WITHDRAWAL = "Task_ApproveWithdrawal";

    // service tasks
    public static final String TASK_RECORD_STATEMENT_PERIOD_OVER = "Task_RecordStatementPeriodOver";
    public static final String TASK_ESCALATE_NOTICE_SERVICE = "Task_EscalateNoticeService";
    public static final String TASK_MARK_NOTICE_SERVICE_LATE = "Task_MarkNoticeServiceLate";
    public static final String TASK_REFER_FOR_PENALTY = "Task_ReferForPenalty";
    public static final String TASK_CLOSE_REFERRED_CASE = "Task_CloseReferredCase";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String TASK_CLOSE_WITHDRAWN_CASE = "Task_CloseWithdrawnCase";

    // gateways
    /** Campaign-drawn cases (双随机) come with their team and skip {@link #TASK_ASSIGN_TEAM}. */
    public static final String GATEWAY_TEAM_DRAWN = "Gateway_TeamDrawn";

    /** Where a visit (re)starts: after the team, after a reschedule, after a re-inspection was ordered. */
    public static final String GATEWAY_VISIT_JOIN = "Gateway_VisitJoin";

    /** A written notice unless the trigger needs none (complaint, spot check, transfer) or it is a re-inspection. */
    public static final String GATEWAY_NOTICE_REQUIRED = "Gateway_NoticeRequired";

    public static final String GATEWAY_INSPECTION_JOIN = "Gateway_InspectionJoin";
    public static final String GATEWAY_FINDINGS = "Gateway_Findings";
    public static final String GATEWAY_STATEMENT_JOIN = "Gateway_StatementJoin";
    public static final String GATEWAY_DRAFT_JOIN = "Gateway_DraftJoin";
    public static final String GATEWAY_NOTICE_APPROVED = "Gateway_NoticeApproved";
    public static final String GATEWAY_ANSWER_JOIN = "Gateway_AnswerJoin";
    public static final String GATEWAY_EXTENSION_GRANTED = "Gateway_ExtensionGranted";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String GATEWAY_CLOSURE_JOIN = "Gateway_ClosureJoin";
    public static final String GATEWAY_WITHDRAWAL_APPROVED = "Gateway_WithdrawalApproved";

    // sub-processes
    /** The notice (if any) and the on-site step of one visit; a reschedule interrupts it and starts it again. */
    public static final String SUB_PROCESS_VISIT = "SubProcess_Visit";
    /** Event sub-process (non-interrupting): a withdrawal request waits for its decision while the case goes on. */
    public static final String SUB_PROCESS_WITHDRAWAL_REQUEST = "SubProcess_WithdrawalRequest";
    /** Event sub-process (interrupting): an approved withdrawal ends every open step and closes the case. */
    public static final String SUB_PROCESS_WITHDRAWN = "SubProcess_Withdrawn";

    public static final String SUB_PROCESS_RECTIFICATION_NOTICE = "SubProcess_RectificationNotice";
    public static final String SUB_PROCESS_RECTIFICATION_PERIOD = "SubProcess_RectificationPeriod";

    // boundary events
    /**
     * Interrupting, on {@link #TASK_ENTERPRISE_STATEMENT}: {@code ${inspectionEndedAt}/P${statementPeriod}WD}, counted from
     * the end of the inspection as the signed record gives it, not from when the record reached the server.
     */
    public static final String TIMER_STATEMENT_PERIOD_OVER = "Timer_StatementPeriodOver";
    /** Non-interrupting, on {@link #SUB_PROCESS_RECTIFICATION_NOTICE}: day 15 after the inspection ended. */
    public static final String TIMER_NOTICE_SERVICE_ESCALATION = "Timer_NoticeServiceEscalation";
    /** Non-interrupting, on {@link #SUB_PROCESS_RECTIFICATION_NOTICE}: end of day 20 (rolled) after the inspection. */
    public static final String TIMER_NOTICE_SERVICE_OVERDUE = "Timer_NoticeServiceOverdue";
    /** Interrupting, on {@link #SUB_PROCESS_RECTIFICATION_PERIOD}: {@code ${rectificationDeadline}}. */
    public static final String TIMER_RECTIFICATION_DEADLINE = "Timer_RectificationDeadline";
    /** Non-interrupting message boundary event on {@link #TASK_ENTERPRISE_ANSWER}. */
    public static final String MESSAGE_EXTENSION_REQUESTED = "Message_ExtensionRequested";
    /** Interrupting escalation boundary event on {@link #SUB_PROCESS_RECTIFICATION_PERIOD}. */
    public static final String ESCALATION_EXTENSION_GRANTED = "Escalation_ExtensionGranted";
    /** Interrupting message boundary event on {@link #SUB_PROCESS_VISIT}: the visit moves to a new date. */
    public static final String MESSAGE_VISIT_RESCHEDULED = "Message_VisitRescheduled";

    // sequence flows leaving gateways (for readable path assertions)
    public static final String FLOW_TEAM_DRAWN = "Flow_TeamDrawn";
    public static final String FLOW_TEAM_NOT_DRAWN = "Flow_TeamNotDrawn";
    public static final String FLOW_NOTICE_REQUIRED = "Flow_NoticeRequired";
    public static final String FLOW_NOTICE_NOT_REQUIRED = "Flow_NoticeNotRequired";
    public static final String FLOW_NO_FINDINGS = "Flow_NoFindings";
    public static final String FLOW_FINDINGS_RAISED = "Flow_FindingsRaised";
    public static final String FLOW_NOTICE_APPROVED = "Flow_NoticeApproved";
    public static final String FLOW_NOTICE_RETURNED = "Flow_NoticeReturned";
    public static final String FLOW_EXTENSION_GRANTED = "Flow_ExtensionGranted";
    public static final String FLOW_EXTENSION_REFUSED = "Flow_ExtensionRefused";
    public static final String FLOW_REVIEW_ACCEPTED = "Flow_ReviewAccepted";
    public static final String FLOW_REVIEW_REINSPECT = "Flow_ReviewReinspect";
    public static final String FLOW_REVIEW_REJECTED = "Flow_ReviewRejected";
    public static final String FLOW_VISIT_RESCHEDULED = "Flow_VisitRescheduled";
    public static final String FLOW_WITHDRAWAL_APPROVED = "Flow_WithdrawalApproved";
    public static final String FLOW_WITHDRAWAL_REFUSED = "Flow_WithdrawalRefused";

    /** Message names (global in the engine, hence prefixed). */
    public static final class Messages {
        public static final String EXTENSION_REQUESTED = "SiteInspection_ExtensionRequested";
        /** The visit moves to a new date: the notice (if one is needed) is served again for it. */
        public static final String VISIT_RESCHEDULED = "SiteInspection_VisitRescheduled";
        /** 撤销立案 requested: a supervisor decides. */
        public static final String WITHDRAWAL_REQUESTED = "SiteInspection_WithdrawalRequested";

        private Messages() {}
    }

    /** Escalation codes. */
    public static final class Escalations {
        public static final String EXTENSION_GRANTED = "EXTENSION_GRANTED";
        public static final String CASE_WITHDRAWN = "CASE_WITHDRAWN";

        private Escalations() {}
    }

    /** Process variables: ids and small flags only; business data lives in the app's tables. */
    public static final class Variables {
        /** long: the case row's id. */
        public static final String CASE_ID = "caseId";
        /** String: the case number, also the business key. */
        public static final String CASE_NUMBER = "caseNumber";
        /** long: the inspecting agency; candidate groups {@code agency-<id>-SUPERVISOR|INSPECTOR}. */
        public static final String AGENCY_ID = "agencyId";
        /** String: 统一社会信用代码 of the enterprise; candidate group {@code enterprise-<uscc>}. */
        public static final String ENTERPRISE_USCC = "enterpriseUscc";
        /** String, one of {@link Triggers}. */
        public static final String TRIGGER = "trigger";
        /** String, one of {@link InspectionTypes}. */
        public static final String INSPECTION_TYPE = "inspectionType";
        /**
         * boolean: the team was drawn at random with the campaign's targets (双随机), so {@link #TEAM_USERNAMES} is set
         * at the start and {@link #TASK_ASSIGN_TEAM} is skipped; false: the supervisors assign the team.
         */
        public static final String TEAM_DRAWN = "teamDrawn";
        /** String: comma-separated usernames of the team (≥ 2), candidate users of the team's tasks. */
        public static final String TEAM_USERNAMES = "teamUsernames";
        /** int ≥ 0: findings of the on-site (or desk) inspection, evaluated by the app with the rules. */
        public static final String FINDING_COUNT = "findingCount";
        /**
         * String: ISO date-time with offset at which the last inspection ended, as the signed on-site record says (an
         * output of {@link #TASK_ON_SITE_INSPECTION}); anchor of the statement period and of the 20-day limit, so a
         * record entered late does not buy days.
         */
        public static final String INSPECTION_ENDED_AT = "inspectionEndedAt";
        /** int: working days of the statement period. */
        public static final String STATEMENT_PERIOD = "statementPeriod";
        /** int: natural days to serve the rectification notice (20). */
        public static final String NOTICE_SERVICE_DAYS = "noticeServiceDays";
        /** int: natural days after which the supervisor is told the notice is not yet served (15). */
        public static final String NOTICE_ESCALATION_DAYS = "noticeEscalationDays";
        /** boolean: the supervisor approved the draft notice (false returns it to the team). */
        public static final String NOTICE_APPROVED = "noticeApproved";
        /** String: ISO date ({@code 2026-12-31}, end of that day, China time) or ISO date-time with offset. */
        public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
        /** boolean: an extension was requested for the current notice (one per notice). */
        public static final String EXTENSION_REQUESTED = "extensionRequested";
        /** boolean: the supervisor granted the extension (then with a new {@link #RECTIFICATION_DEADLINE}). */
        public static final String EXTENSION_GRANTED = "extensionGranted";
        /** String, one of {@link ReviewDecisions}. */
        public static final String REVIEW_DECISION = "reviewDecision";
        /** boolean: the supervisor approved the withdrawal (撤销立案); false lets the case go on. */
        public static final String WITHDRAWAL_APPROVED = "withdrawalApproved";
        /** String, one of {@link Outcomes}; a local input of the closing service tasks. */
        public static final String OUTCOME = "outcome";

        private Variables() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}. */
    public static final class Beans {
        public static final String STATEMENT_PERIOD_OVER = "statementPeriodOverDelegate";
        public static final String NOTICE_SERVICE_ESCALATION = "noticeServiceEscalationDelegate";
        public static final String NOTICE_SERVICE_LATE = "noticeServiceLateDelegate";
        public static final String REFER_FOR_PENALTY = "referForPenaltyDelegate";
        public static final String CASE_CLOSED = "caseClosedDelegate";
        public static final String CASE_WITHDRAWN = "caseWithdrawnDelegate";

        private Beans() {}
    }

    /** What opened the case. COMPLAINT, SPOT_CHECK and TRANSFER skip the written notice (regulations.md §1.2). */
    public static final class Triggers {
        public static final String CAMPAIGN = "CAMPAIGN";
        public static final String MANUAL = "MANUAL";
        public static final String COMPLAINT = "COMPLAINT";
        public static final String SPOT_CHECK = "SPOT_CHECK";
        public static final String TRANSFER = "TRANSFER";
        /**
         * 书面监察 from the screening of an 能源利用状况报告: the case starts in the desk-review process and, when it
         * orders rectification, continues here at the rectification notice (no visit).
         */
        public static final String DESK_SCREENING = "DESK_SCREENING";
        /** An on-site inspection a desk review escalated to (written notice as for any planned visit). */
        public static final String DESK_REVIEW = "DESK_REVIEW";

        public static final Set<String> ALL =
                Set.of(CAMPAIGN, MANUAL, COMPLAINT, SPOT_CHECK, TRANSFER, DESK_SCREENING, DESK_REVIEW);
        public static final Set<String> WITHOUT_NOTICE = Set.of(COMPLAINT, SPOT_CHECK, TRANSFER);

        private Triggers() {}
    }

    public static final class InspectionTypes {
        public static final String ON_SITE = "ON_SITE";
        /** 书面监察: same task {@link #TASK_ON_SITE_INSPECTION}, the app shows the desk checklist. */
        public static final String DESK = "DESK";

        public static final Set<String> ALL = Set.of(ON_SITE, DESK);

        private InspectionTypes() {}
    }

    public static final class ReviewDecisions {
        public static final String ACCEPT = "ACCEPT";
        public static final String REINSPECT = "REINSPECT";
        /** Back to the enterprise, same deadline. */
        public static final String REJECT = "REJECT";

        public static final Set<String> ALL = Set.of(ACCEPT, REINSPECT, REJECT);

        private ReviewDecisions() {}
    }

    /** How a case leaves the process. */
    public static final class Outcomes {
        public static final String CLOSED_NO_FINDINGS = "CLOSED_NO_FINDINGS";
        public static final String CLOSED_RECTIFIED = "CLOSED_RECTIFIED";
        public static final String REFERRED_FOR_PENALTY = "REFERRED_FOR_PENALTY";
        public static final String WITHDRAWN = "WITHDRAWN";

        private Outcomes() {}
    }

    /** Day counts the workflow facade puts into new cases. */
    public static final class Defaults {
        public static final int STATEMENT_WORKING_DAYS = 3;
        public static final int NOTICE_SERVICE_DAYS = 20;
        public static final int NOTICE_ESCALATION_DAYS = 15;

        private Defaults() {}
    }

    /** Candidate groups, as the model computes them. */
    public static final class Groups {
        public static String supervisors(long agencyId) {
            return "agency-" + agencyId + "-SUPERVISOR";
        }

        public static String inspectors(long agencyId) {
            return "agency-" + agencyId + "-INSPECTOR";
        }

        public static String enterprise(String uscc) {
            return "enterprise-" + uscc;
        }

        private Groups() {}
    }

    private SiteInspectionProcess() {}
}
