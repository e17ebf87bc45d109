package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.PenaltyProcess.*;

import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.PenaltyProcess.ReviewOutcomes;
import cn.energyinspect.bpmn.PenaltyProcess.Variables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The outputs each user task of the penalty models may hand to its process, checked and normalised before completion
 * (as {@link TaskOutputs} does for the case): a wrong name or value fails the request (422), never a gateway later.
 * Tasks not listed take no variables.
 */
final class PenaltyTaskOutputs {
    private record Spec(Set<String> required, Set<String> optional) {}

    private static final Map<String, Spec> SPECS = Map.of(
            TASK_REGISTER_PENALTY_CASE,
            new Spec(Set.of(Variables.REGISTERED), Set.of(Variables.REGISTERED_AT)),
            TASK_LEGAL_REVIEW,
            new Spec(Set.of(Variables.REVIEW_OUTCOME, Variables.COLLECTIVE_DISCUSSION), Set.of()),
            TASK_SERVE_PENALTY_NOTICE,
            new Spec(Set.of(Variables.NOTICE_SERVED_AT, Variables.HEARING_OFFERED), Set.of()),
            TASK_DECIDE,
            new Spec(Set.of(Variables.DECIDED_AT), Set.of()),
            TASK_SERVE_DECISION,
            new Spec(Set.of(Variables.DECISION_SERVED_AT, Variables.CHALLENGE_PERIOD_ENDS), Set.of()),
            TASK_SERVE_DEMAND,
            new Spec(Set.of(Variables.DEMAND_SERVED_AT), Set.of()),
            CreditPublicationProcess.TASK_REVIEW_REPAIR,
            new Spec(Set.of(CreditPublicationProcess.Variables.REPAIR_ACCEPTED), Set.of()));
    private static final Spec NONE = new Spec(Set.of(), Set.of());

    private PenaltyTaskOutputs() {}

    static Map<String, Object> check(String taskKey, Map<String, Object> given) {
        Map<String, Object> variables = given == null ? Map.of() : given;
        Spec spec = SPECS.getOrDefault(taskKey, NONE);
        for (String name : variables.keySet()) {
            if (!spec.required().contains(name) && !spec.optional().contains(name)) {
                throw new TaskVariablesRejectedException(taskKey, name, "is not an output of this task");
            }
        }
        for (String name : spec.required()) {
            if (variables.get(name) == null) {
                throw new TaskVariablesRejectedException(taskKey, name, "is required");
            }
        }
        Map<String, Object> checked = new HashMap<>();
        variables.forEach((name, value) -> checked.put(name, normalise(taskKey, name, value)));
        if (Boolean.TRUE.equals(checked.get(Variables.REGISTERED)) && checked.get(Variables.REGISTERED_AT) == null) {
            throw new TaskVariablesRejectedException(taskKey, Variables.REGISTERED_AT, "is required");
        }
        return checked;
    }

    private static Object normalise(String taskKey, String name, Object value) {
        return switch (name) {
            case Variables.REGISTERED,
                    Variables.COLLECTIVE_DISCUSSION,
                    Variables.HEARING_OFFERED,
                    CreditPublicationProcess.Variables.REPAIR_ACCEPTED -> {
                if (!(value instanceof Boolean)) {
                    throw new TaskVariablesRejectedException(taskKey, name, "must be true or false");
                }
                yield value;
            }
            case Variables.REVIEW_OUTCOME -> {
                if (!ReviewOutcomes.ALL.contains(value)) {
                    throw new TaskVariablesRejectedException(taskKey, name, "must be one of " + ReviewOutcomes.ALL);
                }
                yield value;
            }
            case Variables.CHALLENGE_PERIOD_ENDS -> date(taskKey, name, value);
            default -> dateTime(taskKey, name, value);
        };
    }

    /** An ISO date-time with offset, kept as the string the timers' {@code <start>/<duration>} reads. */
    private static String dateTime(String taskKey, String name, Object value) {
        String text = value instanceof Instant instant ? instant.toString() : String.valueOf(value);
        try {
            OffsetDateTime.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            throw new TaskVariablesRejectedException(taskKey, name, "must be an ISO date-time with offset");
        }
    }

    private static String date(String taskKey, String name, Object value) {
        String text = String.valueOf(value);
        try {
            LocalDate.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            throw new TaskVariablesRejectedException(taskKey, name, "must be an ISO date");
        }
    }
}
