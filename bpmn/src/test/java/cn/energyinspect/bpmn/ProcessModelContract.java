package cn.energyinspect.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * What every process model must be, checked against its constants class: the model's ids are the class's top-level
 * {@code String} constants (besides {@code PROCESS_ID} and {@code RESOURCE}), readable, and every element is drawn
 * (Cockpit renders the diagram). A model test extends this and names its constants class.
 */
abstract class ProcessModelContract {
    private final Class<?> constants;
    private final BpmnModelInstance model;

    ProcessModelContract(Class<?> constants) {
        this.constants = constants;
        this.model = read(constant("RESOURCE"));
    }

    @Test
    void every_flow_node_has_a_constant_and_every_constant_names_an_element() {
        Set<String> nodeIds = model.getModelElementsByType(FlowNode.class).stream()
                .map(FlowElement::getId)
                .collect(Collectors.toSet());
        Set<String> elementIds = elementIdConstants();

        assertThat(elementIds).containsAll(nodeIds);
        elementIds.forEach(id -> assertThat((Object) model.getModelElementById(id))
                .as("element %s", id)
                .isNotNull());
    }

    @Test
    void ids_are_readable_not_modeler_defaults() {
        model.getModelElementsByType(FlowElement.class)
                .forEach(element -> assertThat(element.getId())
                        .matches("(Start|End|Task|Gateway|Timer|Message|Escalation|SubProcess|Flow)_[A-Z][A-Za-z]+"));
    }

    @Test
    void every_node_and_flow_is_drawn() {
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId())
                .collect(Collectors.toSet());
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));

        model.getModelElementsByType(FlowNode.class)
                .forEach(node -> assertThat(drawn).contains(node.getId()));
        model.getModelElementsByType(SequenceFlow.class)
                .forEach(flow -> assertThat(drawn).contains(flow.getId()));
    }

    @Test
    void the_process_is_executable_with_a_history_time_to_live() {
        Process process = model.getModelElementById(constant("PROCESS_ID"));
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    }

    BpmnModelInstance model() {
        return model;
    }

    private Set<String> elementIdConstants() {
        return Arrays.stream(constants.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !Set.of("PROCESS_ID", "RESOURCE").contains(field.getName()))
                .map(ProcessModelContract::value)
                .collect(Collectors.toSet());
    }

    private String constant(String name) {
        try {
            return value(constants.getField(name));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(constants.getSimpleName() + " has no " + name, e);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BpmnModelInstance read(String resource) {
        InputStream in = ProcessModelContract.class.getClassLoader().getResourceAsStream(resource);
        return Bpmn.readModelFromStream(in);
    }
}
