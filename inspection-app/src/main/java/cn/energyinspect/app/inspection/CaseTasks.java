package cn.energyinspect.app.inspection;

import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.app.web.ProblemType;
import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import cn.energyinspect.workflow.Actor;
import cn.energyinspect.workflow.InspectionWorkflow;
import cn.energyinspect.workflow.TaskNotAvailableException;
import cn.energyinspect.workflow.WorkItem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's work: the tasks offered to its groups (or to it as a team member), each with a statutory clock, and their
 * completion. Completing locks the case row, so two people completing steps of one case never interleave; a task that
 * is not the user's, or already completed, is not available (404) and nothing changes.
 */
@Service
public class CaseTasks {
    private final InspectionWorkflow workflow;
    private final CaseMapper cases;
    private final EnterpriseMapper enterprises;
    private final Map<String, TaskHandler> handlers;
    private final SearchOutbox search;
    private final Clock clock;

    CaseTasks(
            InspectionWorkflow workflow,
            CaseMapper cases,
            EnterpriseMapper enterprises,
            List<TaskHandler> handlers,
            SearchOutbox search,
            Clock clock) {
        this.workflow = workflow;
        this.cases = cases;
        this.enterprises = enterprises;
        this.handlers =
                handlers.stream().collect(Collectors.toUnmodifiableMap(TaskHandler::taskKey, Function.identity()));
        this.search = search;
        this.clock = clock;
    }

    /**
     * A task in the user's list.
     *
     * @param enterpriseName the inspected enterprise's registered name ({@code null} if it is not in the register)
     * @param workingDaysLeft working days from today to the due date (negative when overdue); {@code null} without a
     *     due date or beyond the loaded calendar
     */
    public record TaskView(
            String taskId,
            String taskKey,
            String name,
            long caseId,
            String caseNumber,
            String enterpriseUscc,
            String enterpriseName,
            CaseStatus caseStatus,
            Instant created,
            Instant due,
            Integer workingDaysLeft,
            boolean overdue,
            Object form) {}

    /** A page of tasks, oldest first. */
    public record TaskPage(List<TaskView> items, int page, int size, long totalItems) {}

    @Transactional(readOnly = true)
    public TaskPage mine(CurrentUser user, int pageNumber, int size) {
        Paging.require(pageNumber, size, Paging.MAX_SIZE);
        Actor actor = Actors.of(user);
        List<WorkItem> page = workflow.tasks(actor, Paging.offset(pageNumber, size), size);
        // one query for the cases of the whole page, not one per task
        Map<Long, CaseRow> rows = page.isEmpty()
                ? Map.of()
                : cases.findByIds(page.stream().map(WorkItem::caseId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(CaseRow::id, Function.identity()));
        // and one for their enterprises' names
        Map<String, String> names = rows.isEmpty()
                ? Map.of()
                : enterprises
                        .findByUsccs(rows.values().stream()
                                .map(CaseRow::enterpriseUscc)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(EnterpriseRow::uscc, EnterpriseRow::name));
        List<TaskView> items = page.stream()
                .map(item -> view(item, Optional.ofNullable(rows.get(item.caseId())), names::get, user, false))
                .flatMap(Optional::stream)
                .toList();
        return new TaskPage(items, pageNumber, size, workflow.countTasks(actor));
    }

    @Transactional(readOnly = true)
    public TaskView get(String taskId, CurrentUser user) {
        return workflow.task(taskId, Actors.of(user))
                .flatMap(item -> view(
                        item,
                        cases.find(item.caseId()),
                        uscc -> enterprises
                                .findByUscc(uscc)
                                .map(EnterpriseRow::name)
                                .orElse(null),
                        user,
                        true))
                .orElseThrow(() -> ApiProblem.notFound("任务"));
    }

    @Transactional
    public CaseView.OpenStep complete(String taskId, JsonNode payload, CurrentUser user) {
        Actor actor = Actors.of(user);
        WorkItem item = workflow.task(taskId, actor).orElseThrow(() -> ApiProblem.notFound("任务"));
        CaseRow row = lockOpenCase(item);
        TaskHandler handler = handlers.get(item.taskKey());
        if (handler == null) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "此任务须在企业门户中办理：" + item.name());
        }
        Map<String, Object> variables =
                handler.complete(new TaskHandler.TaskContext(row, user, payload, LocalDate.now(clock)));
        finish(item, actor, variables);
        return new CaseView.OpenStep(item.taskId(), item.taskKey(), item.name(), item.due());
    }

    /**
     * Completes the open task of {@code taskKey} on a case for a step the enterprise portal drives; the portal has
     * validated and recorded the step's data itself.
     */
    @Transactional
    public void completeCaseStep(long caseId, String taskKey, CurrentUser user) {
        Actor actor = Actors.of(user);
        WorkItem item = workflow.tasks(actor).stream()
                .filter(t -> t.caseId() == caseId && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new ApiProblem(ProblemType.STATE_CONFLICT, "案件当前不在此步骤，不能提交"));
        lockOpenCase(item);
        finish(item, actor, Map.of());
    }

    private CaseRow lockOpenCase(WorkItem item) {
        CaseRow row = cases.findForUpdate(item.caseId()).orElseThrow(() -> ApiProblem.notFound("案件"));
        if (row.status().isFinal()) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "案件已结案，不能再修改");
        }
        return row;
    }

    private void finish(WorkItem item, Actor actor, Map<String, Object> variables) {
        search.caseChanged(item.caseId());
        try {
            workflow.complete(item.taskId(), actor, variables);
        } catch (TaskNotAvailableException e) {
            throw ApiProblem.notFound("任务");
        } catch (cn.energyinspect.workflow.TaskVariablesRejectedException e) {
            throw ApiProblem.invalid("payload", "任务数据不完整或不正确：" + e.getMessage());
        }
    }

    private Optional<TaskView> view(
            WorkItem item,
            Optional<CaseRow> caseRow,
            Function<String, String> enterpriseNames,
            CurrentUser user,
            boolean withForm) {
        return caseRow.filter(row -> user.jurisdiction().coversEnterprise(row.enterpriseUscc(), row.regionCode()))
                .map(row -> {
                    Integer left = workingDaysLeft(item.due());
                    TaskHandler handler = handlers.get(item.taskKey());
                    return new TaskView(
                            item.taskId(),
                            item.taskKey(),
                            item.name(),
                            item.caseId(),
                            item.caseNumber(),
                            row.enterpriseUscc(),
                            enterpriseNames.apply(row.enterpriseUscc()),
                            row.status(),
                            item.created(),
                            item.due(),
                            left,
                            item.due() != null && item.due().isBefore(clock.instant()),
                            withForm && handler != null ? handler.form(row) : null);
                });
    }

    private Integer workingDaysLeft(Instant due) {
        if (due == null) {
            return null;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(Deadlines.CHINA));
            LocalDate dueDay = due.atZone(Deadlines.CHINA).toLocalDate();
            return WorkingDayCalendar.chinaMainland().workingDaysBetween(today, dueDay);
        } catch (RuntimeException beyondCalendar) {
            return null;
        }
    }
}
