package cn.energyinspect.workflow;

import java.util.List;

/**
 * An open task with the people and groups it is offered to, for telling them (the message centre).
 *
 * @param candidateUsers usernames it is offered to (a case's team)
 * @param candidateGroups groups it is offered to ({@code agency-<id>-SUPERVISOR}, {@code enterprise-<uscc>} …)
 */
public record OfferedTask(WorkItem item, List<String> candidateUsers, List<String> candidateGroups) {
    public OfferedTask {
        candidateUsers = List.copyOf(candidateUsers);
        candidateGroups = List.copyOf(candidateGroups);
    }
}
