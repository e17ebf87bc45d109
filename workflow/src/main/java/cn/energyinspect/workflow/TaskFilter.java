package cn.energyinspect.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * Narrows an actor's task list on the engine's side, so a page and its count agree with the filter.
 *
 * @param taskKeys BPMN element ids (e.g. {@code Task_ReviewRectification}); {@code null}: any
 * @param processInstanceIds only tasks of these instances (the cases of an enterprise); {@code null}: any, empty: none
 * @param dueBefore only tasks due before this instant (overdue: now; due within N days: the end of that day)
 */
public record TaskFilter(Set<String> taskKeys, Set<String> processInstanceIds, Instant dueBefore) {
    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    public TaskFilter {
        taskKeys = taskKeys == null ? null : Set.copyOf(taskKeys);
        processInstanceIds = processInstanceIds == null ? null : Set.copyOf(processInstanceIds);
    }

    /** Whether no task can match (an enterprise without cases). */
    public boolean matchesNothing() {
        return processInstanceIds != null && processInstanceIds.isEmpty() || taskKeys != null && taskKeys.isEmpty();
    }
}
