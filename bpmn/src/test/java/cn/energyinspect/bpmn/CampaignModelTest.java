package cn.energyinspect.bpmn;

import static cn.energyinspect.bpmn.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.bpmn.CampaignProcess.Beans;
import cn.energyinspect.bpmn.CampaignProcess.Phases;
import cn.energyinspect.bpmn.CampaignProcess.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/**
 * The campaign model against {@link CampaignProcess} (see {@link ProcessModelContract}), and the wiring of its phases:
 * message, due-date timer and the overdue report naming the phase.
 */
class CampaignModelTest extends ProcessModelContract {
    CampaignModelTest() {
        super(CampaignProcess.class);
    }

    @Test
    void each_phase_waits_for_its_own_message() {
        for (String phase : Phases.ALL) {
            ReceiveTask task = model().getModelElementById(Phases.task(phase));
            assertThat(task.getMessage().getName()).as(phase).isEqualTo(Phases.message(phase));
        }
    }

    @Test
    void each_deadline_timer_keeps_its_phase_open_and_reports_that_phase() {
        Map<String, String[]> timers = Map.of(
                TIMER_SPLIT_OVERDUE, new String[] {Phases.SPLIT, Variables.SPLIT_DUE},
                TIMER_DRAW_OVERDUE, new String[] {Phases.DRAW, Variables.DRAW_DUE},
                TIMER_EXECUTION_OVERDUE, new String[] {Phases.EXECUTION, Variables.EXECUTION_DUE},
                TIMER_SUMMARY_OVERDUE, new String[] {Phases.SUMMARY, Variables.SUMMARY_DUE});
        timers.forEach((timerId, phaseAndDue) -> {
            String phase = phaseAndDue[0];
            BoundaryEvent timer = model().getModelElementById(timerId);
            assertThat(timer.cancelActivity()).as(timerId).isFalse();
            assertThat(timer.getAttachedTo().getId()).isEqualTo(Phases.task(phase));
            TimerEventDefinition definition = (TimerEventDefinition)
                    timer.getEventDefinitions().iterator().next();
            assertThat(definition.getTimeDate().getTextContent()).isEqualTo("${" + phaseAndDue[1] + "}");

            ServiceTask report = (ServiceTask) next(timer);
            assertThat(report.getCamundaDelegateExpression()).isEqualTo("${" + Beans.PHASE_OVERDUE + "}");
            CamundaInputParameter input = report.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaInputOutput.class)
                    .singleResult()
                    .getCamundaInputParameters()
                    .iterator()
                    .next();
            assertThat(input.getCamundaName()).isEqualTo(Variables.PHASE);
            assertThat(input.getTextContent()).isEqualTo(phase);
        });
    }

    @Test
    void the_publication_has_no_deadline_and_is_followed_by_the_finish() {
        ReceiveTask publication = model().getModelElementById(TASK_PUBLICATION);
        ServiceTask finish = model().getModelElementById(TASK_RECORD_CAMPAIGN_FINISHED);

        assertThat(next(publication)).isEqualTo(finish);
        assertThat(finish.getCamundaDelegateExpression()).isEqualTo("${" + Beans.FINISHED + "}");
        assertThat(model().getModelElementsByType(BoundaryEvent.class))
                .noneMatch(event -> event.getAttachedTo().equals(publication));
    }

    /** The one node after {@code node} (the model keeps no outgoing refs, so by the flows' sources). */
    private FlowNode next(FlowNode node) {
        List<FlowNode> targets = model().getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getSource().equals(node))
                .map(SequenceFlow::getTarget)
                .toList();
        assertThat(targets).as("nodes after %s", node.getId()).hasSize(1);
        return targets.getFirst();
    }
}
