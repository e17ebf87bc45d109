package cn.energyinspect.bpmn;

import java.util.Set;

/**
 * The penalty procedure ({@code bpmn/penalty.bpmn}, 行政处罚 普通程序): element ids, message names, variable names, delegate
 * bean names and the values the gateways compare against. One instance per penalty case, business key the penalty's
 * number; it starts on a referral from an inspection case ({@link Messages#REFERRED}) or by hand (the none start).
 *
 * <h2>Steps (programmes.md §1.2, §1.7)</h2>
 *
 * 立案审批 ({@link #TASK_REGISTER_PENALTY_CASE}) → within {@link #SUB_PROCESS_PROCEDURE} (the 90 days from 立案 to the
 * decision, 行政处罚法 Art. 60): 调查取证 → 案件审核 (法制审核, Art. 58) with four outcomes ({@link ReviewOutcomes}) →
 * 行政处罚事先告知书 served (Art. 44) → in parallel the party's 陈述申辩 (its period) and, where the intended penalty gives
 * the right (Art. 63), the 5-working-day hearing request with 听证 → 集体讨论 where the case is serious (Art. 57) → the
 * decision (决定书 with the 信用修复告知书). Then the decision is served within 7 working days (Art. 61), its credit
 * record is published ({@code credit-publication}), and the fine is paid within 15 days (Art. 67) or, after the
 * challenge period, a 催告书 is served and 10 working days later the court is asked to enforce (行政强制法 Arts. 35, 53,
 * 54) → 结案审批.
 *
 * <h2>Time limits</h2>
 *
 * Working days ({@code PnWD}: Art. 85 makes 二日、三日、五日、七日 working days; 行政强制法 Art. 69 every period of ten days
 * or less) and natural days rolled to the next working day ({@code PnCD}), each counted from the event it runs from:
 * {@code ${registeredAt}/P${decisionDays}CD}, {@code ${noticeServedAt}/P${statementWorkingDays}WD}, {@code
 * ${noticeServedAt}/P${hearingRequestWorkingDays}WD}, {@code ${decidedAt}/P${serviceWorkingDays}WD}, {@code
 * ${decisionServedAt}/P${paymentDays}CD}, {@code ${demandServedAt}/P${demandWorkingDays}WD}. The values come from the
 * rules library's {@code procedure/penalty-periods.csv}; the grammar is the workflow module's working-day calendar.
 */
public final class PenaltyProcess {
    public static final String PROCESS_ID = "penalty";
    public static final String RESOURCE = "bpmn/penalty.bpmn";

    // start and end events
    /** Message start: a case referred for penalty ({@link Messages#REFERRED}). */
    public static final String START_PENALTY_REFERRED = "Start_PenaltyReferred";
    /** None start: a violation found otherwise, registered by hand. */
    public static final String START_OPENED_BY_HAND = "Start_OpenedByHand";

    public static final String START_PROCEDURE = "Start_Procedure";
    public static final String START_ENFORCEMENT = "Start_Enforcement";
    /** Message start of the interrupting {@link #SUB_PROCESS_DECISION_REVOKED}. */
    public static final String START_DECISION_REVOKED = "Start_DecisionRevoked";

    public static final String END_NOT_REGISTERED = "End_NotRegistered";
    public static final String END_NO_PENALTY_DECIDED = "End_NoPenaltyDecided";
    public static final String END_TRANSFERRED = "End_Transferred";
    public static final String END_DECIDED = "End_Decided";
    public static final String END_DECISION_DUE_ESCALATED = "End_DecisionDueEscalated";
    public static final String END_DECISION_LATE = "End_DecisionLate";
    public static final String END_WITHDRAWN = "End_Withdrawn";
    public static final String END_NO_PENALTY = "End_NoPenalty";
    public static final String END_CLOSED_TRANSFERRED = "End_ClosedTransferred";
    public static final String END_SERVICE_LATE = "End_ServiceLate";
    public static final String END_ENFORCEMENT_APPLIED = "End_EnforcementApplied";
    public static final String END_CLOSED = "End_Closed";
    public static final String END_REVOKED = "End_Revoked";

    // user tasks
    /** 立案审批: a supervisor registers the case (or refuses to) and confirms the party and the article. */
    public static final String TASK_REGISTER_PENALTY_CASE = "Task_RegisterPenaltyCase";
    /** 调查取证: the officers record facts and evidence (the referred case's come with it). */
    public static final String TASK_INVESTIGATE = "Task_Investigate";
    /** 案件审核 / 法制审核: the outcome ({@link ReviewOutcomes}), and whether 集体讨论 is needed. */
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
    /** 不予行政处罚决定书. */
    public static final String TASK_DECIDE_NO_PENALTY = "Task_DecideNoPenalty";
    /** 案件移送 (to 市场监管, a court …). */
    public static final String TASK_TRANSFER = "Task_Transfer";
    /** 行政处罚事先告知书, with the hearing right where it applies. */
    public static final String TASK_SERVE_PENALTY_NOTICE = "Task_ServePenaltyNotice";
    /** The party's 陈述申辩 (enterprise portal): a statement, or the period runs out. */
    public static final String TASK_PARTY_STATEMENT = "Task_PartyStatement";
    /** 听证通知书, at least 7 working days before the hearing. */
    public static final String TASK_SCHEDULE_HEARING = "Task_ScheduleHearing";
    /** 听证笔录 and report. */
    public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
    /** 集体讨论 (情节复杂或者重大违法行为). */
    public static final String TASK_COLLECTIVE_DISCUSSION = "Task_CollectiveDiscussion";
    /** 行政处罚决定书 with the 信用修复告知书 (两书同达): the credit record is checked here. */
    public static final String TASK_DECIDE = "Task_Decide";
    /** 送达回证 of the decision and the 信用修复告知书. */
    public static final String TASK_SERVE_DECISION = "Task_ServeDecision";
    /** 催告书 (行政强制法 Art. 35). */
    public static final String TASK_SERVE_DEMAND = "Task_ServeDemand";
    /** 强制执行申请 to the court (行政强制法 Art. 53–55). */
    public static final String TASK_APPLY_COURT_ENFORCEMENT = "Task_ApplyCourtEnforcement";
    /** 结案审批. */
    public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";

    // service tasks
    public static final String TASK_CLOSE_NOT_REGISTERED = "Task_CloseNotRegistered";
    public static final String TASK_RECORD_STATEMENT_PERIOD_OVER = "Task_RecordStatementPeriodOver";
    public static final String TASK_ESCALATE_DECISION_DUE = "Task_EscalateDecisionDue";
    public static final String TASK_MARK_DECISION_LATE = "Task_MarkDecisionLate";
    public static final String TASK_CLOSE_WITHDRAWN = "Task_CloseWithdrawn";
    public static final String TASK_CLOSE_NO_PENALTY = "Task_CloseNoPenalty";
    public static final String TASK_CLOSE_TRANSFERRED = "Task_CloseTransferred";
    public static final String TASK_MARK_SERVICE_LATE = "Task_MarkServiceLate";
    /** The served decision's credit record is composed and its publication ({@code credit-publication}) starts. */
    public static final String TASK_START_PUBLICATION = "Task_StartPublication";
    /** The 15 days passed unpaid: 加处罚款 accrues from the next day. */
    public static final String TASK_MARK_PAYMENT_OVERDUE = "Task_MarkPaymentOverdue";

    public static final String TASK_CLOSE_PENALTY_CASE = "Task_ClosePenaltyCase";
    public static final String TASK_CLOSE_REVOKED = "Task_CloseRevoked";

    // gateways
    public static final String GATEWAY_START_JOIN = "Gateway_StartJoin";
    public static final String GATEWAY_REGISTERED = "Gateway_Registered";
    public static final String GATEWAY_INVESTIGATION_JOIN = "Gateway_InvestigationJoin";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String GATEWAY_HEARING_FORK = "Gateway_HearingFork";
    public static final String GATEWAY_STATEMENT_JOIN = "Gateway_StatementJoin";
    public static final String GATEWAY_HEARING_OFFERED = "Gateway_HearingOffered";
    /** Event-based: the hearing request, or the end of its 5 working days. */
    public static final String GATEWAY_HEARING_REQUESTED = "Gateway_HearingRequested";

    public static final String GATEWAY_HEARING_JOIN = "Gateway_HearingJoin";
    /** Parallel join: the party has been heard (statement branch and hearing branch both done). */
    public static final String GATEWAY_PARTY_HEARD_JOIN = "Gateway_PartyHeardJoin";

    public static final String GATEWAY_DISCUSSION_NEEDED = "Gateway_DiscussionNeeded";
    public static final String GATEWAY_DECISION_JOIN = "Gateway_DecisionJoin";
    public static final String GATEWAY_PROCEDURE_OUTCOME = "Gateway_ProcedureOutcome";
    /** Event-based: payment, or the end of the 15 days. */
    public static final String GATEWAY_PAYMENT_WAIT = "Gateway_PaymentWait";

    public static final String GATEWAY_CLOSURE_JOIN = "Gateway_ClosureJoin";

    // sub-processes
    /** From 立案 to the decision; carries the 90-day clock and the 撤销立案 message. */
    public static final String SUB_PROCESS_PROCEDURE = "SubProcess_Procedure";
    /** 催告 and the court application; a payment ends it. */
    public static final String SUB_PROCESS_ENFORCEMENT = "SubProcess_Enforcement";
    /** Event sub-process (interrupting): the decision was revoked (复议, 诉讼 or 自行纠错); the case ends. */
    public static final String SUB_PROCESS_DECISION_REVOKED = "SubProcess_DecisionRevoked";

    // timer and message events
    /** Interrupting, on {@link #TASK_PARTY_STATEMENT}: {@code ${noticeServedAt}/P${statementWorkingDays}WD}. */
    public static final String TIMER_STATEMENT_PERIOD_OVER = "Timer_StatementPeriodOver";
    /** After {@link #GATEWAY_HEARING_REQUESTED}: {@code ${noticeServedAt}/P${hearingRequestWorkingDays}WD}. */
    public static final String TIMER_HEARING_REQUEST_PERIOD_OVER = "Timer_HearingRequestPeriodOver";
    /** After {@link #GATEWAY_HEARING_REQUESTED}: the party asks for a hearing ({@link Messages#HEARING_REQUESTED}). */
    public static final String MESSAGE_HEARING_REQUESTED = "Message_HearingRequested";
    /** Non-interrupting, on {@link #SUB_PROCESS_PROCEDURE}: {@code ${registeredAt}/P${decisionWarningDays}CD}. */
    public static final String TIMER_DECISION_WARNING = "Timer_DecisionWarning";
    /** Non-interrupting, on {@link #SUB_PROCESS_PROCEDURE}: {@code ${registeredAt}/P${decisionDays}CD}. */
    public static final String TIMER_DECISION_OVERDUE = "Timer_DecisionOverdue";
    /** Interrupting message boundary on {@link #SUB_PROCESS_PROCEDURE}: 撤销立案. */
    public static final String MESSAGE_REGISTRATION_WITHDRAWN = "Message_RegistrationWithdrawn";
    /** Non-interrupting, on {@link #TASK_SERVE_DECISION}: {@code ${decidedAt}/P${serviceWorkingDays}WD}. */
    public static final String TIMER_SERVICE_OVERDUE = "Timer_ServiceOverdue";
    /** After {@link #GATEWAY_PAYMENT_WAIT}: {@link Messages#PAYMENT_CONFIRMED}. */
    public static final String MESSAGE_PAYMENT_CONFIRMED = "Message_PaymentConfirmed";
    /** After {@link #GATEWAY_PAYMENT_WAIT}: {@code ${decisionServedAt}/P${paymentDays}CD}. */
    public static final String TIMER_PAYMENT_DUE = "Timer_PaymentDue";
    /** In {@link #SUB_PROCESS_ENFORCEMENT}: {@code ${challengePeriodEnds}} (6 months after service, UNCONFIRMED reading). */
    public static final String TIMER_CHALLENGE_PERIOD_OVER = "Timer_ChallengePeriodOver";
    /** In {@link #SUB_PROCESS_ENFORCEMENT}: {@code ${demandServedAt}/P${demandWorkingDays}WD}. */
    public static final String TIMER_DEMAND_PERIOD_OVER = "Timer_DemandPeriodOver";
    /** Interrupting message boundary on {@link #SUB_PROCESS_ENFORCEMENT}: paid late, enforcement not needed. */
    public static final String MESSAGE_PAID_DURING_ENFORCEMENT = "Message_PaidDuringEnforcement";

    // sequence flows leaving gateways (for readable path assertions)
    public static final String FLOW_REGISTERED = "Flow_Registered";
    public static final String FLOW_NOT_REGISTERED = "Flow_NotRegistered";
    public static final String FLOW_REVIEW_RETURNED = "Flow_ReviewReturned";
    public static final String FLOW_REVIEW_NO_PENALTY = "Flow_ReviewNoPenalty";
    public static final String FLOW_REVIEW_TRANSFER = "Flow_ReviewTransfer";
    public static final String FLOW_TO_NOTICE = "Flow_ToNotice";
    public static final String FLOW_HEARING_OFFERED = "Flow_HearingOffered";
    public static final String FLOW_HEARING_NOT_OFFERED = "Flow_HearingNotOffered";
    public static final String FLOW_HEARING_NOT_REQUESTED = "Flow_HearingNotRequested";
    public static final String FLOW_DISCUSSION_NEEDED = "Flow_DiscussionNeeded";
    public static final String FLOW_NO_DISCUSSION = "Flow_NoDiscussion";
    public static final String FLOW_TO_SERVICE = "Flow_ToService";
    public static final String FLOW_TO_NO_PENALTY_CLOSURE = "Flow_ToNoPenaltyClosure";
    public static final String FLOW_TO_TRANSFER_CLOSURE = "Flow_ToTransferClosure";
    public static final String FLOW_PAID = "Flow_Paid";
    public static final String FLOW_PAID_DURING_ENFORCEMENT = "Flow_PaidDuringEnforcement";

    /** Message names (global in the engine, hence prefixed). */
    public static final class Messages {
        /** Starts a penalty case from a referral ({@link #START_PENALTY_REFERRED}). */
        public static final String REFERRED = "Penalty_Referred";

        public static final String HEARING_REQUESTED = "Penalty_HearingRequested";
        /** The fine is paid (on time, late, or during enforcement). */
        public static final String PAYMENT_CONFIRMED = "Penalty_PaymentConfirmed";
        /** 撤销立案 before a decision. */
        public static final String REGISTRATION_WITHDRAWN = "Penalty_RegistrationWithdrawn";
        /** The decision was revoked (复议, 诉讼 or the agency's own correction). */
        public static final String DECISION_REVOKED = "Penalty_DecisionRevoked";

        private Messages() {}
    }

    /** Process variables: ids, small flags and the moments the clocks count from; data lives in the app's tables. */
    public static final class Variables {
        /** long: the penalty case row's id. */
        public static final String PENALTY_ID = "penaltyId";
        /** String: the penalty case number, also the business key. */
        public static final String PENALTY_NUMBER = "penaltyNumber";
        /** long: the deciding agency; candidate groups {@code agency-<id>-SUPERVISOR|INSPECTOR}. */
        public static final String AGENCY_ID = "agencyId";
        /** String: 统一社会信用代码 of the party; candidate group {@code enterprise-<uscc>}. */
        public static final String ENTERPRISE_USCC = "enterpriseUscc";
        /** boolean, output of {@link #TASK_REGISTER_PENALTY_CASE}. */
        public static final String REGISTERED = "registered";
        /** String, ISO date-time with offset: 立案; anchor of the 90 days. Output of the registration. */
        public static final String REGISTERED_AT = "registeredAt";
        /** String, one of {@link ReviewOutcomes}: output of {@link #TASK_LEGAL_REVIEW}. */
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        /** boolean, output of {@link #TASK_LEGAL_REVIEW}: the case goes to 集体讨论 before the decision. */
        public static final String COLLECTIVE_DISCUSSION = "collectiveDiscussion";
        /** String, ISO date-time: the 告知书 was served; anchor of the statement and hearing-request periods. */
        public static final String NOTICE_SERVED_AT = "noticeServedAt";
        /** boolean, output of {@link #TASK_SERVE_PENALTY_NOTICE}: the 告知书 offered a hearing. */
        public static final String HEARING_OFFERED = "hearingOffered";
        /** String, ISO date-time: the decision; anchor of the 7 working days to serve it. */
        public static final String DECIDED_AT = "decidedAt";
        /** String, ISO date-time: the decision was served; anchor of the 15 days to pay. */
        public static final String DECISION_SERVED_AT = "decisionServedAt";
        /** String, ISO date: the last day to challenge the decision; the 催告 waits for it. */
        public static final String CHALLENGE_PERIOD_ENDS = "challengePeriodEnds";
        /** String, ISO date-time: the 催告书 was served. */
        public static final String DEMAND_SERVED_AT = "demandServedAt";
        /** int: working days of the 陈述申辩 period. */
        public static final String STATEMENT_WORKING_DAYS = "statementWorkingDays";
        /** int: working days to ask for a hearing (5). */
        public static final String HEARING_REQUEST_WORKING_DAYS = "hearingRequestWorkingDays";
        /** int: natural days from 立案 to the decision (90). */
        public static final String DECISION_DAYS = "decisionDays";
        /** int: natural days from 立案 to the reminder. */
        public static final String DECISION_WARNING_DAYS = "decisionWarningDays";
        /** int: working days to serve the decision (7). */
        public static final String SERVICE_WORKING_DAYS = "serviceWorkingDays";
        /** int: natural days to pay (15). */
        public static final String PAYMENT_DAYS = "paymentDays";
        /** int: working days between the 催告书 and the court application (10). */
        public static final String DEMAND_WORKING_DAYS = "demandWorkingDays";
        /** String, one of {@link Outcomes}; a local input of the closing service tasks. */
        public static final String OUTCOME = "outcome";

        private Variables() {}
    }

    /** What the case review decides (Art. 57). */
    public static final class ReviewOutcomes {
        /** Intended penalty: the 告知书 follows. */
        public static final String PENALTY = "PENALTY";
        /** 不予行政处罚 (轻微并及时改正, 首违不罚, not established …). */
        public static final String NO_PENALTY = "NO_PENALTY";
        /** Transferred to the competent body (市场监督管理部门, judicial organs). */
        public static final String TRANSFER = "TRANSFER";
        /** Back to the investigation. */
        public static final String RETURN = "RETURN";

        public static final Set<String> ALL = Set.of(PENALTY, NO_PENALTY, TRANSFER, RETURN);

        private ReviewOutcomes() {}
    }

    /** How a penalty case leaves the process. */
    public static final class Outcomes {
        public static final String NOT_REGISTERED = "NOT_REGISTERED";
        public static final String WITHDRAWN = "WITHDRAWN";
        public static final String NO_PENALTY = "NO_PENALTY";
        public static final String TRANSFERRED = "TRANSFERRED";
        public static final String CLOSED = "CLOSED";
        public static final String REVOKED = "REVOKED";

        public static final Set<String> ALL =
                Set.of(NOT_REGISTERED, WITHDRAWN, NO_PENALTY, TRANSFERRED, CLOSED, REVOKED);

        private Outcomes() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}. */
    public static final class Beans {
        public static final String STATEMENT_PERIOD_OVER = "penaltyStatementPeriodOverDelegate";
        public static final String DECISION_DUE = "penaltyDecisionDueDelegate";
        public static final String DECISION_LATE = "penaltyDecisionLateDelegate";
        public static final String SERVICE_LATE = "penaltyServiceLateDelegate";
        public static final String DECISION_SERVED = "penaltyDecisionServedDelegate";
        public static final String PAYMENT_OVERDUE = "penaltyPaymentOverdueDelegate";
        public static final String CLOSED = "penaltyClosedDelegate";

        private Beans() {}
    }

    private PenaltyProcess() {}
}
