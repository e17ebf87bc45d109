package cn.energyinspect.workflow;

import cn.energyinspect.bpmn.ApprovalSkeleton.Variables;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads what the approval delegates need; a missing value is a technical failure (retried, then an incident). */
final class ApprovalIds {
    private ApprovalIds() {}

    static long applicationId(DelegateExecution execution) {
        Object value = execution.getVariable(Variables.APPLICATION_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("process instance " + execution.getProcessInstanceId() + " has no numeric "
                    + Variables.APPLICATION_ID + ": " + value);
        }
        return number.longValue();
    }

    static String programme(DelegateExecution execution) {
        Object value = execution.getVariable(Variables.PROGRAMME);
        if (!(value instanceof String programme) || programme.isBlank()) {
            throw new IllegalStateException(
                    "process instance " + execution.getProcessInstanceId() + " has no " + Variables.PROGRAMME);
        }
        return programme;
    }

    /** The start of {@code day}, China time, as the timers' {@code <start>/<duration>} reads it. */
    static String startOf(LocalDate day) {
        return day.atStartOfDay(WorkingDayBusinessCalendar.CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
