package cn.energyinspect.bpmn;

/**
 * The credit publication of one served penalty decision ({@code bpmn/credit-publication.bpmn}, 双公示): element ids,
 * message names, variables and delegate beans. Started by the penalty case when its decision is served ({@code
 * PenaltyProcess.TASK_START_PUBLICATION}); business key the penalty's number.
 *
 * <h2>Steps (programmes.md §1.5, §1.7)</h2>
 *
 * A 轻微 record the agency does not publish ends at once ({@link #TASK_RECORD_NOT_PUBLISHED}). Otherwise a supervisor
 * checks and publishes the record ({@link #TASK_PUBLISH_RECORD}) within {@code ${publicationDays}} (7) working days of
 * the <em>decision</em> (国办发〔2015〕51号 §18): reminded on working day {@code ${publicationEscalationDays}} (5), marked
 * late after day 7 (both non-interrupting). Published, the record waits for the first of: the end of its period ({@code
 * ${publicUntil}}, an ISO date: the day after it, the record is off the public page and the stop is pushed), a repair
 * request (信用修复, reviewed within {@code ${repairDecisionDays}} working days; accepted, the publication ends early;
 * refused, it goes on), or an amended decision (corrected and pushed again). A revoked decision ends everything and
 * withdraws the record (行政处罚法 Art. 48: within 3 working days, with the reason). Every push goes through the credit
 * platform outbox of the application.
 */
public final class CreditPublicationProcess {
    public static final String PROCESS_ID = "credit-publication";
    public static final String RESOURCE = "bpmn/credit-publication.bpmn";

    // events
    public static final String START_DECISION_SERVED = "Start_DecisionServed";
    /** Message start of the interrupting {@link #SUB_PROCESS_DECISION_REVOKED}. */
    public static final String START_DECISION_REVOKED = "Start_DecisionRevoked";

    public static final String END_NOT_PUBLISHED = "End_NotPublished";
    public static final String END_PUBLICATION_ESCALATED = "End_PublicationEscalated";
    public static final String END_PUBLICATION_LATE = "End_PublicationLate";
    public static final String END_PUBLICATION_ENDED = "End_PublicationEnded";
    public static final String END_REPAIRED = "End_Repaired";
    public static final String END_REPAIR_LATE = "End_RepairLate";
    public static final String END_RECORD_WITHDRAWN = "End_RecordWithdrawn";

    // user tasks
    /** 审核并公示: the record goes on the public page and into the platform outbox. */
    public static final String TASK_PUBLISH_RECORD = "Task_PublishRecord";
    /** 审核信用修复申请: {@link Variables#REPAIR_ACCEPTED}. */
    public static final String TASK_REVIEW_REPAIR = "Task_ReviewRepair";

    // service tasks
    public static final String TASK_RECORD_NOT_PUBLISHED = "Task_RecordNotPublished";
    public static final String TASK_ESCALATE_PUBLICATION = "Task_EscalatePublication";
    public static final String TASK_MARK_PUBLICATION_LATE = "Task_MarkPublicationLate";
    public static final String TASK_END_PUBLICATION = "Task_EndPublication";
    public static final String TASK_MARK_REPAIR_LATE = "Task_MarkRepairLate";
    public static final String TASK_END_PUBLICATION_REPAIRED = "Task_EndPublicationRepaired";
    public static final String TASK_CORRECT_RECORD = "Task_CorrectRecord";
    public static final String TASK_WITHDRAW_RECORD = "Task_WithdrawRecord";

    // gateways
    public static final String GATEWAY_PUBLICATION_REQUIRED = "Gateway_PublicationRequired";
    public static final String GATEWAY_PUBLISHED_JOIN = "Gateway_PublishedJoin";
    /** Event-based: the end of the period, a repair request or an amended decision. */
    public static final String GATEWAY_WHILE_PUBLISHED = "Gateway_WhilePublished";

    public static final String GATEWAY_REPAIR_ACCEPTED = "Gateway_RepairAccepted";

    // sub-processes
    /** Event sub-process (interrupting): the decision was revoked, the record is withdrawn. */
    public static final String SUB_PROCESS_DECISION_REVOKED = "SubProcess_DecisionRevoked";

    // timer and message events
    /** Non-interrupting, on {@link #TASK_PUBLISH_RECORD}: {@code ${decidedAt}/P${publicationEscalationDays}WD}. */
    public static final String TIMER_PUBLICATION_ESCALATION = "Timer_PublicationEscalation";
    /** Non-interrupting, on {@link #TASK_PUBLISH_RECORD}: {@code ${decidedAt}/P${publicationDays}WD}. */
    public static final String TIMER_PUBLICATION_OVERDUE = "Timer_PublicationOverdue";
    /** After {@link #GATEWAY_WHILE_PUBLISHED}: {@code ${publicUntil}}, the end of that day. */
    public static final String TIMER_PUBLICATION_ENDS = "Timer_PublicationEnds";
    /** After {@link #GATEWAY_WHILE_PUBLISHED}: {@link Messages#REPAIR_REQUESTED}. */
    public static final String MESSAGE_REPAIR_REQUESTED = "Message_RepairRequested";
    /** After {@link #GATEWAY_WHILE_PUBLISHED}: {@link Messages#DECISION_AMENDED}. */
    public static final String MESSAGE_DECISION_AMENDED = "Message_DecisionAmended";
    /** Non-interrupting, on {@link #TASK_REVIEW_REPAIR}: {@code ${repairRequestedAt}/P${repairDecisionDays}WD}. */
    public static final String TIMER_REPAIR_DECISION_OVERDUE = "Timer_RepairDecisionOverdue";

    // sequence flows leaving gateways
    public static final String FLOW_NOT_PUBLISHED = "Flow_NotPublished";
    public static final String FLOW_TO_PUBLICATION = "Flow_ToPublication";
    public static final String FLOW_REPAIR_ACCEPTED = "Flow_RepairAccepted";
    public static final String FLOW_REPAIR_REFUSED = "Flow_RepairRefused";

    /** Message names (global in the engine, hence prefixed). */
    public static final class Messages {
        public static final String REPAIR_REQUESTED = "CreditPublication_RepairRequested";
        public static final String DECISION_REVOKED = "CreditPublication_DecisionRevoked";
        public static final String DECISION_AMENDED = "CreditPublication_DecisionAmended";

        private Messages() {}
    }

    /** Process variables. */
    public static final class Variables {
        /** long: the penalty case the record belongs to (one publication per decision). */
        public static final String PENALTY_ID = "penaltyId";
        /** String: the penalty case number, also the business key. */
        public static final String PENALTY_NUMBER = "penaltyNumber";
        /** long: the deciding agency; candidate group {@code agency-<id>-SUPERVISOR}. */
        public static final String AGENCY_ID = "agencyId";
        /** String, ISO date-time with offset (start of the decision day): anchor of the 7 working days. */
        public static final String DECIDED_AT = "decidedAt";
        /** boolean: false for a 轻微 record the agency does not publish. */
        public static final String PUBLICATION_REQUIRED = "publicationRequired";
        /** String, ISO date: the last day published (CF_GSJZQ); moved by an amended decision. */
        public static final String PUBLIC_UNTIL = "publicUntil";
        /** int: working days from the decision to publish (7). */
        public static final String PUBLICATION_DAYS = "publicationDays";
        /** int: working day of the reminder (5). */
        public static final String PUBLICATION_ESCALATION_DAYS = "publicationEscalationDays";
        /** int: working days to decide a repair request (UNCONFIRMED). */
        public static final String REPAIR_DECISION_DAYS = "repairDecisionDays";
        /** String, ISO date-time: the repair request came in; set with {@link Messages#REPAIR_REQUESTED}. */
        public static final String REPAIR_REQUESTED_AT = "repairRequestedAt";
        /** boolean, output of {@link #TASK_REVIEW_REPAIR}. */
        public static final String REPAIR_ACCEPTED = "repairAccepted";

        private Variables() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}. */
    public static final class Beans {
        public static final String NOT_REQUIRED = "publicationNotRequiredDelegate";
        public static final String ESCALATION = "publicationEscalationDelegate";
        public static final String LATE = "publicationLateDelegate";
        public static final String ENDED = "publicationEndedDelegate";
        public static final String REPAIRED = "publicationRepairedDelegate";
        public static final String REPAIR_LATE = "repairDecisionLateDelegate";
        public static final String CORRECTED = "publicationCorrectedDelegate";
        public static final String WITHDRAWN = "publicationWithdrawnDelegate";

        private Beans() {}
    }

    private CreditPublicationProcess() {}
}
