package cn.energyinspect.bpmn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The approval skeleton (programmes.md §0.3 A) shared by {@code capacity-replacement.bpmn} ({@link
 * CapacityReplacementProcess}) and {@code white-list.bpmn} ({@link WhiteListProcess}): the same ids, stages, outcomes,
 * variables and delegate beans, configured per programme. The application holds the application, its versions,
 * objections and decisions; the process holds the stage and the clocks.
 *
 * <h2>Path</h2>
 *
 * Submitted → {@link Stages#CITY_REVIEW} → {@link Stages#PROVINCE_REVIEW} (each: {@code PASS}, {@code RETURN} to {@link
 * Stages#RESUBMISSION} and back to the city, or {@code REFUSE}) → capacity only: {@link Stages#HEARING} when {@link
 * Variables#HEARING_REQUIRED} (cross-province cement/glass) → {@link Beans#PUBLICITY_START} asks the application for
 * the 公示 window → {@link Stages#PUBLICITY} waits until the end of its last day ({@code <first day>/P<n-1>WD}: both end
 * dates count, programmes.md §0.2) → {@link Beans#PUBLICITY_END} says whether objections are open → {@link
 * Stages#OBJECTIONS} ({@code CONTINUE}, {@code AMEND} and publish again, {@code WITHDRAW}) → {@link Stages#DECISION}
 * ({@code APPROVE} or {@code REFUSE}) → {@link Beans#APPROVED} (公告, 批复) answers the first follow-up date. Capacity:
 * {@link Stages#SHUTDOWN} (exit before the new line starts) and {@link Stages#DISMANTLING}, each with a non-interrupting
 * timer at its due day that hands the enterprise to an inspection case ({@link Beans#MILESTONE_OVERDUE}) and keeps
 * waiting for the confirmation. White-list: {@link Stages#LISTED} until the listing's end, then {@link
 * Stages#REASSESSMENT} ({@code KEEP} renews, {@code REVOKE} delists). At any stage the message {@code Revoked} (an
 * objection substantiated after the 公告, a hold raised) ends the process through {@link Beans#REVOKED}.
 */
public final class ApprovalSkeleton {
    private ApprovalSkeleton() {}

    /** The stages the application completes; each is a receive task, except the two timer waits. */
    public static final class Stages {
        public static final String CITY_REVIEW = "CITY_REVIEW";
        public static final String PROVINCE_REVIEW = "PROVINCE_REVIEW";
        public static final String RESUBMISSION = "RESUBMISSION";
        public static final String HEARING = "HEARING";
        /** Waiting for the 公示 to end (a timer: not completed by the application). */
        public static final String PUBLICITY = "PUBLICITY";

        public static final String OBJECTIONS = "OBJECTIONS";
        public static final String DECISION = "DECISION";
        public static final String SHUTDOWN = "SHUTDOWN";
        public static final String DISMANTLING = "DISMANTLING";
        /** Listed, waiting for the re-assessment date (a timer). */
        public static final String LISTED = "LISTED";

        public static final String REASSESSMENT = "REASSESSMENT";

        static final Map<String, String> ACTIVITIES = Map.ofEntries(
                Map.entry(CITY_REVIEW, "Task_CityReview"),
                Map.entry(PROVINCE_REVIEW, "Task_ProvinceReview"),
                Map.entry(RESUBMISSION, "Task_Resubmission"),
                Map.entry(HEARING, "Task_Hearing"),
                Map.entry(PUBLICITY, "Timer_PublicityEnds"),
                Map.entry(OBJECTIONS, "Task_ResolveObjections"),
                Map.entry(DECISION, "Task_Decision"),
                Map.entry(SHUTDOWN, "Task_ExitShutdown"),
                Map.entry(DISMANTLING, "Task_Dismantling"),
                Map.entry(LISTED, "Timer_ReassessmentDue"),
                Map.entry(REASSESSMENT, "Task_Reassessment"));
        static final Map<String, String> MESSAGES = Map.of(
                CITY_REVIEW, "CityReviewed",
                PROVINCE_REVIEW, "ProvinceReviewed",
                RESUBMISSION, "Resubmitted",
                HEARING, "HearingRecorded",
                OBJECTIONS, "ObjectionsResolved",
                DECISION, "Decided",
                SHUTDOWN, "ShutdownConfirmed",
                DISMANTLING, "DismantlingConfirmed",
                REASSESSMENT, "Reassessed");

        /** The outcomes a stage accepts; a stage without any needs none. */
        public static final Map<String, Set<String>> OUTCOMES = Map.of(
                CITY_REVIEW, Set.of(Outcomes.PASS, Outcomes.RETURN, Outcomes.REFUSE),
                PROVINCE_REVIEW, Set.of(Outcomes.PASS, Outcomes.RETURN, Outcomes.REFUSE),
                OBJECTIONS, Set.of(Outcomes.CONTINUE, Outcomes.AMEND, Outcomes.WITHDRAW),
                DECISION, Set.of(Outcomes.APPROVE, Outcomes.REFUSE),
                REASSESSMENT, Set.of(Outcomes.KEEP, Outcomes.REVOKE));

        /** The element that waits in {@code stage}. */
        public static String activity(String stage) {
            String activity = ACTIVITIES.get(stage);
            if (activity == null) {
                throw new IllegalArgumentException("stage must be one of " + ACTIVITIES.keySet() + ", was " + stage);
            }
            return activity;
        }

        /** The stage whose element is {@code activityId}, if it is one. */
        public static Optional<String> ofActivity(String activityId) {
            return ACTIVITIES.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(activityId))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        /** Whether the application completes {@code stage} with a message (the timer waits it does not). */
        public static boolean completable(String stage) {
            return MESSAGES.containsKey(stage);
        }

        private Stages() {}
    }

    /** The values of {@link Variables#OUTCOME}. */
    public static final class Outcomes {
        public static final String PASS = "PASS";
        public static final String RETURN = "RETURN";
        public static final String REFUSE = "REFUSE";
        public static final String CONTINUE = "CONTINUE";
        public static final String AMEND = "AMEND";
        public static final String WITHDRAW = "WITHDRAW";
        public static final String APPROVE = "APPROVE";
        public static final String KEEP = "KEEP";
        public static final String REVOKE = "REVOKE";

        private Outcomes() {}
    }

    /** The follow-up milestones whose overdue timer opens an inspection case (capacity replacement). */
    public static final class Milestones {
        public static final String SHUTDOWN = "SHUTDOWN";
        public static final String DISMANTLING = "DISMANTLING";
        public static final List<String> ALL = List.of(SHUTDOWN, DISMANTLING);

        private Milestones() {}
    }

    /** Process variables: ids, flags and clock anchors; the application's data lives in its tables. */
    public static final class Variables {
        /** long: the application row's id. */
        public static final String APPLICATION_ID = "applicationId";
        /** String: {@code CAPACITY_REPLACEMENT} or {@code WHITE_LIST}. */
        public static final String PROGRAMME = "programme";
        /** String: the enterprise's 统一社会信用代码. */
        public static final String ENTERPRISE_USCC = "enterpriseUscc";
        /** String: the project's GB/T 2260 code. */
        public static final String REGION_CODE = "regionCode";
        /** String, one of {@link Outcomes}: set with each stage's message. */
        public static final String OUTCOME = "outcome";
        /** boolean: a hearing is required before the 公示 (capacity replacement, with the province's pass). */
        public static final String HEARING_REQUIRED = "hearingRequired";
        /** String: ISO date-time with offset, the start of the 公示's first day. */
        public static final String PUBLICITY_STARTS_AT = "publicityStartsAt";
        /** int: working days after the first day (N − 1 for an N-working-day 公示, both ends counted). */
        public static final String PUBLICITY_DAYS_AFTER_START = "publicityDaysAfterStart";
        /** boolean: objections are open when the 公示 ends. */
        public static final String OBJECTIONS_OPEN = "objectionsOpen";
        /** String yyyy-MM-dd: the day the first follow-up is due (timer at its end). */
        public static final String FOLLOW_UP_DUE = "followUpDue";
        /** String yyyy-MM-dd: the day dismantling is due (with the shut-down confirmation). */
        public static final String DISMANTLING_DUE = "dismantlingDue";
        /** String, one of {@link Milestones}: a local input of the overdue service tasks. */
        public static final String MILESTONE = "milestone";
        /** String: {@code SUSPEND} or {@code WITHDRAW}, sent with the revocation message. */
        public static final String REVOCATION = "revocation";

        private Variables() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}, shared by both programmes. */
    public static final class Beans {
        public static final String PUBLICITY_START = "approvalPublicityStartDelegate";
        public static final String PUBLICITY_END = "approvalPublicityEndDelegate";
        public static final String APPROVED = "approvalApprovedDelegate";
        public static final String REFUSED = "approvalRefusedDelegate";
        public static final String MILESTONE_OVERDUE = "approvalMilestoneOverdueDelegate";
        public static final String COMPLETED = "approvalCompletedDelegate";
        public static final String REVOKED = "approvalRevokedDelegate";
        public static final String LISTING_RENEWED = "approvalListingRenewedDelegate";
        public static final String DELISTED = "approvalDelistedDelegate";

        private Beans() {}
    }

    /** The message names of a programme's process (global in the engine, hence prefixed). */
    static String message(String prefix, String stage) {
        String suffix = Stages.MESSAGES.get(stage);
        if (suffix == null) {
            throw new IllegalArgumentException(stage + " is not completed by a message");
        }
        return prefix + "_" + suffix;
    }
}
