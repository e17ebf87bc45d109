package cn.energyinspect.workflow;

import static cn.energyinspect.bpmn.SiteInspectionProcess.*;

import cn.energyinspect.bpmn.DeskReviewProcess;
import cn.energyinspect.bpmn.SiteInspectionProcess.ReviewDecisions;
import cn.energyinspect.bpmn.SiteInspectionProcess.Variables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The outputs each user task may hand to the process, checked and normalised before completion, so a wrong name or
 * value fails the request (422) instead of a gateway later. Tasks not listed take no variables.
 */
final class TaskOutputs {
    private record Spec(Set<String> required, Set<String> optional) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry(TASK_ASSIGN_TEAM, new Spec(Set.of(Variables.TEAM_USERNAMES), Set.of())),
            Map.entry(
                    TASK_ON_SITE_INSPECTION,
                    new Spec(Set.of(Variables.FINDING_COUNT, Variables.INSPECTION_ENDED_AT), Set.of())),
            Map.entry(TASK_APPROVE_WITHDRAWAL, new Spec(Set.of(Variables.WITHDRAWAL_APPROVED), Set.of())),
            Map.entry(TASK_APPROVE_RECTIFICATION_NOTICE, new Spec(Set.of(Variables.NOTICE_APPROVED), Set.of())),
            Map.entry(TASK_SERVE_RECTIFICATION_NOTICE, new Spec(Set.of(Variables.RECTIFICATION_DEADLINE), Set.of())),
            Map.entry(
                    TASK_DECIDE_EXTENSION,
                    new Spec(Set.of(Variables.EXTENSION_GRANTED), Set.of(Variables.RECTIFICATION_DEADLINE))),
            Map.entry(TASK_REVIEW_RECTIFICATION, new Spec(Set.of(Variables.REVIEW_DECISION), Set.of())),
            // the desk review (desk-review.bpmn)
            Map.entry(
                    DeskReviewProcess.TASK_CONFIRM_SIGNALS,
                    new Spec(Set.of(DeskReviewProcess.Variables.CONFIRMED_COUNT), Set.of(Variables.TEAM_USERNAMES))),
            Map.entry(
                    DeskReviewProcess.TASK_SERVE_DESK_NOTICE,
                    new Spec(Set.of(DeskReviewProcess.Variables.ANSWER_DUE), Set.of())),
            Map.entry(
                    DeskReviewProcess.TASK_REVIEW_WRITTEN_ANSWER,
                    new Spec(Set.of(DeskReviewProcess.Variables.DESK_DECISION), Set.of())));
    private static final Spec NONE = new Spec(Set.of(), Set.of());

    private TaskOutputs() {}

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
        if (checked.get(DeskReviewProcess.Variables.CONFIRMED_COUNT) instanceof Integer confirmed
                && confirmed > 0
                && checked.get(Variables.TEAM_USERNAMES) == null) {
            throw new TaskVariablesRejectedException(taskKey, Variables.TEAM_USERNAMES, "is required");
        }
        if (Boolean.TRUE.equals(checked.get(Variables.EXTENSION_GRANTED))
                && checked.get(Variables.RECTIFICATION_DEADLINE) == null) {
            throw new TaskVariablesRejectedException(taskKey, Variables.RECTIFICATION_DEADLINE, "is required");
        }
        return checked;
    }

    private static Object normalise(String taskKey, String name, Object value) {
        return switch (name) {
            case Variables.TEAM_USERNAMES -> team(taskKey, value);
            case Variables.FINDING_COUNT, DeskReviewProcess.Variables.CONFIRMED_COUNT -> {
                if (!(value instanceof Integer || value instanceof Long) || ((Number) value).intValue() < 0) {
                    throw new TaskVariablesRejectedException(taskKey, name, "must be a whole number ≥ 0");
                }
                yield ((Number) value).intValue();
            }
            case Variables.INSPECTION_ENDED_AT -> endedAt(taskKey, value);
            case Variables.NOTICE_APPROVED, Variables.EXTENSION_GRANTED, Variables.WITHDRAWAL_APPROVED -> {
                if (!(value instanceof Boolean)) {
                    throw new TaskVariablesRejectedException(taskKey, name, "must be true or false");
                }
                yield value;
            }
            case Variables.REVIEW_DECISION -> {
                if (!ReviewDecisions.ALL.contains(value)) {
                    throw new TaskVariablesRejectedException(taskKey, name, "must be one of " + ReviewDecisions.ALL);
                }
                yield value;
            }
            case Variables.RECTIFICATION_DEADLINE -> deadline(taskKey, value);
            case DeskReviewProcess.Variables.ANSWER_DUE -> {
                try {
                    yield LocalDate.parse(String.valueOf(value)).toString();
                } catch (DateTimeParseException e) {
                    throw new TaskVariablesRejectedException(taskKey, name, "must be an ISO date");
                }
            }
            case DeskReviewProcess.Variables.DESK_DECISION -> {
                if (!DeskReviewProcess.Decisions.ALL.contains(value)) {
                    throw new TaskVariablesRejectedException(
                            taskKey, name, "must be one of " + DeskReviewProcess.Decisions.ALL);
                }
                yield value;
            }
            default -> value;
        };
    }

    /** Comma-separated usernames (the form candidateUsers accepts); a collection is accepted too. */
    private static String team(String taskKey, Object value) {
        Stream<String> names = value instanceof Collection<?> collection
                ? collection.stream().map(String::valueOf)
                : Arrays.stream(String.valueOf(value).split(","));
        Set<String> team = names.map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (team.size() < 2 || team.stream().anyMatch(name -> name.contains(","))) {
            throw new TaskVariablesRejectedException(
                    taskKey, Variables.TEAM_USERNAMES, "must name at least 2 inspectors (执法人员不少于两人)");
        }
        return String.join(",", team);
    }

    /** An ISO date-time with offset (the record's end), kept as a string the timers' {@code <start>/<duration>} reads. */
    private static String endedAt(String taskKey, Object value) {
        String text = value instanceof Instant instant ? instant.toString() : String.valueOf(value);
        try {
            OffsetDateTime.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            throw new TaskVariablesRejectedException(
                    taskKey, Variables.INSPECTION_ENDED_AT, "must be an ISO date-time with offset");
        }
    }

    /** ISO date (end of that day, China time) or ISO date-time with offset, kept as a string. */
    private static String deadline(String taskKey, Object value) {
        String text = value instanceof Instant instant ? instant.toString() : String.valueOf(value);
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
            return text;
        } catch (DateTimeParseException e) {
            throw new TaskVariablesRejectedException(
                    taskKey, Variables.RECTIFICATION_DEADLINE, "must be an ISO date or date-time with offset");
        }
    }
}
