package cn.energyinspect.bpmn;

import java.util.List;

/**
 * The filing round of the annual 能源利用状况报告 ({@code bpmn/report-round.bpmn}): one instance per report year and
 * region, business key {@code report-round-<roundId>} ({@link #businessKey}).
 *
 * <h2>Path</h2>
 *
 * {@link #START_ROUND_OPENED} forks: {@link #SUB_PROCESS_REMINDER} runs once per entry of {@link
 * Variables#REMINDER_DAYS} (working days before the due date), each waiting at {@link #TIMER_REMINDER} ({@code
 * <dueDate>/-P<n>WD}: the start of the n-th working day before the due day) and telling the application through {@link
 * Beans#REMINDER} with the local {@link Variables#REMINDER_WORKING_DAYS}; {@link #TIMER_DUE_DATE} fires at the end of
 * the due day, {@link Beans#MISSING} lists the units that have not filed, and {@link #TASK_AWAIT_CLOSING} waits for
 * {@link Messages#ROUND_CLOSED} (late reports are still taken meanwhile); {@link Beans#CLOSED} records the closing.
 */
public final class ReportRoundProcess {
    public static final String PROCESS_ID = "report-round";
    public static final String RESOURCE = "bpmn/report-round.bpmn";

    public static final String START_ROUND_OPENED = "Start_RoundOpened";
    public static final String GATEWAY_ROUND_FORK = "Gateway_RoundFork";
    public static final String SUB_PROCESS_REMINDER = "SubProcess_Reminder";
    public static final String START_REMINDER = "Start_Reminder";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String TASK_SEND_REMINDERS = "Task_SendReminders";
    public static final String END_REMINDED = "End_Reminded";
    public static final String END_REMINDERS_DONE = "End_RemindersDone";
    public static final String TIMER_DUE_DATE = "Timer_DueDate";
    public static final String TASK_LIST_MISSING = "Task_ListMissing";
    public static final String TASK_AWAIT_CLOSING = "Task_AwaitClosing";
    public static final String TASK_RECORD_ROUND_CLOSED = "Task_RecordRoundClosed";
    public static final String END_ROUND_CLOSED = "End_RoundClosed";

    /** The business key of a round's process instance. */
    public static String businessKey(long roundId) {
        return "report-round-" + roundId;
    }

    /** Message names (global in the engine, hence prefixed). */
    public static final class Messages {
        /** The province closes the round (only after the due day, when the round waits for it). */
        public static final String ROUND_CLOSED = "ReportRound_Closed";

        private Messages() {}
    }

    /** Process variables: ids, the due date and the reminder days; the round itself lives in the app's tables. */
    public static final class Variables {
        /** long: the round row's id. */
        public static final String ROUND_ID = "roundId";
        /** long: the agency that opened the round. */
        public static final String AGENCY_ID = "agencyId";
        /** String {@code yyyy-MM-dd}: the due day (a report is due by its end, China time). */
        public static final String DUE_DATE = "dueDate";
        /** List of Integer: working days before the due day at which to remind, e.g. [10, 5, 1]. */
        public static final String REMINDER_DAYS = "reminderDays";
        /** Integer, of one reminder instance (read with getVariable from its tasks): its number of working days before the due day. */
        public static final String REMINDER_WORKING_DAYS = "reminderWorkingDays";

        private Variables() {}
    }

    /** Delegate bean names used in {@code camunda:delegateExpression}. */
    public static final class Beans {
        public static final String REMINDER = "reportReminderDelegate";
        public static final String MISSING = "reportMissingDelegate";
        public static final String CLOSED = "reportRoundClosedDelegate";

        /** Every bean the model names. */
        public static final List<String> ALL = List.of(REMINDER, MISSING, CLOSED);

        private Beans() {}
    }

    private ReportRoundProcess() {}
}
