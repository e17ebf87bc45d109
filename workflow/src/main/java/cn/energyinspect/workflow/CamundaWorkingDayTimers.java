package cn.energyinspect.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WorkingDayTimers} through the engine's public API (no SQL on its tables). Timers: the jobs due after the
 * year's first moment and created before its end whose definition counts working or natural days are recomputed by
 * {@link ManagementService#recalculateJobDuedate(String, boolean)} from their creation. User tasks: the same window;
 * their {@code camunda:dueDate} is read from the model and resolved again from the task's creation, when it is a
 * duration whose expressions are plain variable names (as in our models); any other is left as it is and logged.
 */
final class CamundaWorkingDayTimers implements WorkingDayTimers {
    private static final Logger log = LoggerFactory.getLogger(CamundaWorkingDayTimers.class);
    /** A working- or natural-day count, written out or from a variable: {@code P5WD}, {@code P${statementPeriod}WD}. */
    static final Pattern COUNTED_DAYS = Pattern.compile("P(\\d{1,4}|\\$\\{[^}]+})(WD|CD)");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final int PAGE = 500;

    private final ManagementService management;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final WorkingDayBusinessCalendar calendar;
    private final ZoneId zone;

    CamundaWorkingDayTimers(
            ManagementService management,
            TaskService tasks,
            RepositoryService repository,
            WorkingDayBusinessCalendar calendar,
            ZoneId zone) {
        this.management = Objects.requireNonNull(management);
        this.tasks = Objects.requireNonNull(tasks);
        this.repository = Objects.requireNonNull(repository);
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public Recalculated recalculate(int year) {
        Date start = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        Date end = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        int timers = recalculateTimers(start, end);
        int changedTasks = redateTasks(start, end);
        log.info(
                "WF-CAL-002 holidays of {} in force: {} working-day timers and {} task due dates recomputed",
                year,
                timers,
                changedTasks);
        return new Recalculated(year, timers, changedTasks);
    }

    private int recalculateTimers(Date start, Date end) {
        List<String> ids = new ArrayList<>();
        Map<String, Boolean> counted = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Job> page = management
                    .createJobQuery()
                    .timers()
                    .duedateHigherThan(start)
                    .createdBefore(end)
                    .orderByJobId()
                    .asc()
                    .listPage(offset, PAGE);
            for (Job job : page) {
                if (job.getJobDefinitionId() != null
                        && counted.computeIfAbsent(job.getJobDefinitionId(), this::countsDays)) {
                    ids.add(job.getId());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        for (String id : ids) {
            management.recalculateJobDuedate(id, true);
        }
        return ids.size();
    }

    private boolean countsDays(String jobDefinitionId) {
        JobDefinition definition = management
                .createJobDefinitionQuery()
                .jobDefinitionId(jobDefinitionId)
                .singleResult();
        // a timer's job configuration is "<DATE|DURATION|CYCLE>: <expression text>"
        return definition != null
                && definition.getJobConfiguration() != null
                && COUNTED_DAYS.matcher(definition.getJobConfiguration()).find();
    }

    private int redateTasks(Date start, Date end) {
        List<Task> candidates = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Task> page = tasks.createTaskQuery()
                    .dueAfter(start)
                    .taskCreatedBefore(end)
                    .orderByTaskId()
                    .asc()
                    .listPage(offset, PAGE);
            candidates.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, Optional<String>> dueDates = new HashMap<>();
        int changed = 0;
        for (Task task : candidates) {
            Optional<String> expression = dueDates.computeIfAbsent(
                    task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> dueDateOf(task));
            Optional<Date> due = expression.flatMap(text -> resolve(task, text));
            if (due.isPresent() && !due.get().equals(task.getDueDate())) {
                task.setDueDate(due.get());
                tasks.saveTask(task);
                changed++;
            }
        }
        return changed;
    }

    private Optional<String> dueDateOf(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        UserTask element = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return Optional.ofNullable(element)
                .map(UserTask::getCamundaDueDate)
                .filter(text -> COUNTED_DAYS.matcher(text).find());
    }

    private Optional<Date> resolve(Task task, String expression) {
        Matcher variables = VARIABLE.matcher(expression);
        StringBuilder text = new StringBuilder();
        while (variables.find()) {
            Object value = tasks.getVariable(task.getId(), variables.group(1));
            if (value == null) {
                return skipped(task, expression);
            }
            variables.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(value)));
        }
        variables.appendTail(text);
        if (text.indexOf("${") >= 0 || text.indexOf("#{") >= 0) {
            return skipped(task, expression);
        }
        return Optional.of(calendar.resolveDuedate(text.toString(), task.getCreateTime()));
    }

    private static Optional<Date> skipped(Task task, String expression) {
        log.warn(
                "WF-CAL-003 due date of task {} ({}) not recomputed: {} is not a duration over plain variables",
                task.getId(),
                task.getTaskDefinitionKey(),
                expression);
        return Optional.empty();
    }
}
