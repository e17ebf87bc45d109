package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.CampaignProcess.PROCESS_ID;

import cn.energyinspect.bpmn.CampaignProcess;
import cn.energyinspect.bpmn.CampaignProcess.Phases;
import cn.energyinspect.bpmn.CampaignProcess.Variables;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** {@link CampaignWorkflow} on the engine's runtime service. */
final class CamundaCampaignWorkflow implements CampaignWorkflow {
    /** A due day is available in full: its timer fires at the day's last second, China time. */
    private static final LocalTime END_OF_DUE_DAY = LocalTime.of(23, 59, 59);

    private final RuntimeService runtime;

    CamundaCampaignWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String startCampaign(CampaignStart start) {
        ProcessInstance running = running(start.planId());
        if (running != null) {
            return running.getId();
        }
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.PLAN_ID, start.planId())
                .putValue(Variables.AGENCY_ID, start.agencyId())
                .putValue(Variables.SPLIT_NEEDED, start.splitNeeded())
                .putValue(Variables.SPLIT_DUE, endOf(start.splitDue()))
                .putValue(Variables.DRAW_DUE, endOf(start.drawDue()))
                .putValue(Variables.EXECUTION_DUE, endOf(start.executionDue()))
                .putValue(Variables.SUMMARY_DUE, endOf(start.summaryDue()));
        return runtime.startProcessInstanceByKey(PROCESS_ID, CampaignProcess.businessKey(start.planId()), variables)
                .getId();
    }

    @Override
    public Optional<String> currentPhase(long planId) {
        ProcessInstance running = running(planId);
        return running == null ? Optional.empty() : phaseOf(running);
    }

    @Override
    public void completePhase(long planId, String phase) {
        String message = Phases.message(phase);
        ProcessInstance running = running(planId);
        String current = running == null ? null : phaseOf(running).orElse(null);
        if (!phase.equals(current)) {
            throw new PhaseNotCurrentException(planId, phase, current);
        }
        // correlateAll does not throw when nothing waits (completed meanwhile), which would doom the caller's
        // transaction; the version check of the execution catches a concurrent completion
        boolean correlated = !runtime.createMessageCorrelation(message)
                .processInstanceId(running.getId())
                .correlateAllWithResult()
                .isEmpty();
        if (!correlated) {
            throw new PhaseNotCurrentException(
                    planId, phase, currentPhase(planId).orElse(null));
        }
    }

    /** ISO date-time with offset, e.g. {@code 2026-04-30T23:59:59+08:00}, as the timers' {@code timeDate} reads it. */
    static String endOf(LocalDate dueDay) {
        return dueDay.atTime(END_OF_DUE_DAY)
                .atZone(WorkingDayBusinessCalendar.CHINA)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private ProcessInstance running(long planId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(CampaignProcess.businessKey(planId))
                .singleResult();
    }

    /** The phase whose receive task is active; the overdue branches never wait, so there is at most one. */
    private Optional<String> phaseOf(ProcessInstance instance) {
        return runtime.getActiveActivityIds(instance.getId()).stream()
                .map(Phases::ofTask)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
