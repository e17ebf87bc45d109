package cn.energyinspect.bpmn;

import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import java.util.List;

/**
 * The white-list process ({@code bpmn/white-list.bpmn}), 白名单 (programmes.md §3): the approval skeleton without hearing, with a listing re-assessed when its validity ends. One instance per application, business key
 * {@code wl-<applicationId>} ({@link #businessKey}). Stages, outcomes, variables and beans are those of {@link
 * ApprovalSkeleton}.
 */
public final class WhiteListProcess {
    public static final String PROCESS_ID = "white-list";
    public static final String RESOURCE = "bpmn/white-list.bpmn";

    public static final String START_APPLICATION_SUBMITTED = "Start_ApplicationSubmitted";
    public static final String GATEWAY_REVIEW_JOIN = "Gateway_ReviewJoin";
    public static final String TASK_CITY_REVIEW = "Task_CityReview";
    public static final String GATEWAY_CITY_OUTCOME = "Gateway_CityOutcome";
    public static final String TASK_PROVINCE_REVIEW = "Task_ProvinceReview";
    public static final String GATEWAY_PROVINCE_OUTCOME = "Gateway_ProvinceOutcome";
    public static final String GATEWAY_RETURN_JOIN = "Gateway_ReturnJoin";
    public static final String TASK_RESUBMISSION = "Task_Resubmission";
    public static final String TASK_RECORD_REFUSED = "Task_RecordRefused";
    public static final String END_REFUSED = "End_Refused";
    public static final String GATEWAY_PUBLICITY_JOIN = "Gateway_PublicityJoin";
    public static final String TASK_START_PUBLICITY = "Task_StartPublicity";
    public static final String TIMER_PUBLICITY_ENDS = "Timer_PublicityEnds";
    public static final String TASK_CLOSE_PUBLICITY = "Task_ClosePublicity";
    public static final String GATEWAY_OBJECTIONS_OPEN = "Gateway_ObjectionsOpen";
    public static final String TASK_RESOLVE_OBJECTIONS = "Task_ResolveObjections";
    public static final String GATEWAY_OBJECTION_OUTCOME = "Gateway_ObjectionOutcome";
    public static final String GATEWAY_DECISION_JOIN = "Gateway_DecisionJoin";
    public static final String TASK_DECISION = "Task_Decision";
    public static final String GATEWAY_DECISION_OUTCOME = "Gateway_DecisionOutcome";
    public static final String TASK_RECORD_APPROVED = "Task_RecordApproved";
    public static final String GATEWAY_LISTING_JOIN = "Gateway_ListingJoin";
    public static final String TIMER_REASSESSMENT_DUE = "Timer_ReassessmentDue";
    public static final String TASK_REASSESSMENT = "Task_Reassessment";
    public static final String GATEWAY_REASSESSMENT_OUTCOME = "Gateway_ReassessmentOutcome";
    public static final String TASK_RENEW_LISTING = "Task_RenewListing";
    public static final String TASK_RECORD_DELISTED = "Task_RecordDelisted";
    public static final String END_DELISTED = "End_Delisted";
    public static final String START_REVOKED = "Start_Revoked";
    public static final String TASK_RECORD_REVOKED = "Task_RecordRevoked";
    public static final String END_REVOKED = "End_Revoked";
    public static final String SUBPROCESS_REVOCATION = "SubProcess_Revocation";
    public static final String FLOW_CITY_PASSED = "Flow_CityPassed";
    public static final String FLOW_CITY_RETURNED = "Flow_CityReturned";
    public static final String FLOW_CITY_REFUSED = "Flow_CityRefused";
    public static final String FLOW_PROVINCE_RETURNED = "Flow_ProvinceReturned";
    public static final String FLOW_PROVINCE_REFUSED = "Flow_ProvinceRefused";
    public static final String FLOW_OBJECTIONS_OPEN = "Flow_ObjectionsOpen";
    public static final String FLOW_NO_OBJECTIONS_OPEN = "Flow_NoObjectionsOpen";
    public static final String FLOW_OBJECTIONS_UNFOUNDED = "Flow_ObjectionsUnfounded";
    public static final String FLOW_PLAN_AMENDED = "Flow_PlanAmended";
    public static final String FLOW_PLAN_WITHDRAWN = "Flow_PlanWithdrawn";
    public static final String FLOW_APPROVED = "Flow_Approved";
    public static final String FLOW_DECISION_REFUSED = "Flow_DecisionRefused";
    public static final String FLOW_PROVINCE_PASSED = "Flow_ProvincePassed";
    public static final String FLOW_LISTING_KEPT = "Flow_ListingKept";
    public static final String FLOW_LISTING_REVOKED = "Flow_ListingRevoked";

    /** The business key of an application's process instance. */
    public static String businessKey(long applicationId) {
        return "wl-" + applicationId;
    }

    /** The stages this programme's process has, in path order. */
    public static final List<String> STAGES = List.of(
            Stages.CITY_REVIEW,
            Stages.PROVINCE_REVIEW,
            Stages.RESUBMISSION,
            Stages.PUBLICITY,
            Stages.OBJECTIONS,
            Stages.DECISION,
            Stages.LISTED,
            Stages.REASSESSMENT);

    /** Message names (global in the engine, hence prefixed). */
    public static final class Messages {
        static final String PREFIX = "WhiteList";
        public static final String REVOKED = PREFIX + "_Revoked";

        /** The message that completes {@code stage}. */
        public static String of(String stage) {
            return ApprovalSkeleton.message(PREFIX, stage);
        }

        private Messages() {}
    }

    private WhiteListProcess() {}
}
