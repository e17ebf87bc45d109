package cn.energyinspect.workflow;

import java.time.Instant;

/**
 * An open user task of a case.
 *
 * @param taskKey the BPMN element id, e.g. {@code Task_ReviewRectification}
 * @param due when the task falls due (statement period, 20-day notice limit, rectification deadline), or null
 * @param assignee null until someone completes or is given the task
 */
public record WorkItem(
        String taskId,
        String taskKey,
        String name,
        long caseId,
        String caseNumber,
        Instant created,
        Instant due,
        String assignee) {}
