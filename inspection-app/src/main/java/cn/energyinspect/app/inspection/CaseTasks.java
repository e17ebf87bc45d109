package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.workflow.Actor;
import cn.energyinspect.workflow.InspectionWorkflow;
import cn.energyinspect.workflow.TaskHeldException;
import cn.energyinspect.workflow.TaskNotAvailableException;
import cn.energyinspect.workflow.WorkItem;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
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
    private final BusinessTime time;
    private final UserDirectory users;
    private final AuditLog audit;
    private final BusinessCalendar calendar;

    CaseTasks(
            InspectionWorkflow workflow,
            CaseMapper cases,
            EnterpriseMapper enterprises,
            List<TaskHandler> handlers,
            SearchOutbox search,
            BusinessTime time,
            UserDirectory users,
            AuditLog audit,
            BusinessCalendar calendar) {
        this.workflow = workflow;
        this.cases = cases;
        this.enterprises = enterprises;
        this.handlers =
                handlers.stream().collect(Collectors.toUnmodifiableMap(TaskHandler::taskKey, Function.identity()));
        this.search = search;
        this.time = time;
        this.users = users;
        this.audit = audit;
        this.calendar = calendar;
    }

    /**
     * A task in the user's list.
     *
     * @param enterpriseName the inspected enterprise's registered name ({@code null} if it is not in the register)
     * @param workingDaysLeft working days from today to the due date (negative when overdue); {@code null} without a
     *     due date
     * @param provisional whether the due date or the days left were counted over weekends only through a year whose
     *     holidays are not entered yet (暂按周末计算)
     * @param assignee who claimed the task (display name), {@code null} while it is open to its group
     * @param claimedByMe the caller holds it
     * @param payloadSchema the name of the completion payload's schema in the OpenAPI document
     * @param visitDate the day of the on-site visit, once fixed
     * @param enterpriseAddress where the enterprise is (the visit's address)
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
            boolean provisional,
            boolean overdue,
            String assignee,
            boolean claimedByMe,

            @Schema(
                    description = "The name of the completion payload's schema in the OpenAPI components, e.g."
                            + " AssignTeamPayload: the body of POST /api/v1/tasks/{taskId}/complete")
            String payloadSchema,

            @Schema(description = "Data the task's form needs, by kind (e.g. the findings a notice must cover)")
            Object form,

            LocalDate visitDate,
            String enterpriseAddress) {}

    /**
     * The workbench's filters, applied by the workflow engine, so the page and its count match.
     *
     * @param taskKey one task kind (BPMN id, e.g. {@code Task_ReviewRectification})
     * @param enterprise part of the enterprise's name or the start of its 统一社会信用代码
     * @param dueWithinDays due within this many days from today (overdue ones included)
     * @param overdue only tasks past their due date
     */
    public record TaskFilter(String taskKey, String enterprise, Integer dueWithinDays, boolean overdue) {
        public static final TaskFilter NONE = new TaskFilter(null, null, null, false);
    }

    /** A page of tasks, oldest first. */
    public record TaskPage(List<TaskView> items, int page, int size, long totalItems) {}

    @Transactional(readOnly = true)
    public TaskPage mine(CurrentUser user, int pageNumber, int size) {
        return mine(user, pageNumber, size, TaskFilter.NONE);
    }

    @Transactional(readOnly = true)
    public TaskPage mine(CurrentUser user, int pageNumber, int size, TaskFilter filter) {
        Paging.require(pageNumber, size, Paging.MAX_SIZE);
        Actor actor = Actors.of(user);
        cn.energyinspect.workflow.TaskFilter engineFilter = engineFilter(filter, user);
        List<WorkItem> page = workflow.tasks(actor, engineFilter, Paging.offset(pageNumber, size), size);
        // one query for the cases of the whole page with their enterprises, not one per task
        Map<Long, TaskListRow> rows = page.isEmpty()
                ? Map.of()
                : cases.taskListRows(page.stream().map(WorkItem::caseId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(TaskListRow::id, Function.identity()));
        Map<String, String> holders = users.displayNames(page.stream()
                .map(WorkItem::assignee)
                .filter(java.util.Objects::nonNull)
                .toList());
        List<TaskView> items = page.stream()
                .map(item -> Optional.ofNullable(rows.get(item.caseId()))
                        .filter(row -> user.jurisdiction().coversEnterprise(row.enterpriseUscc(), row.regionCode()))
                        .map(row -> view(
                                item,
                                row.enterpriseUscc(),
                                row.status(),
                                row.visitDate(),
                                row.enterpriseName(),
                                row.enterpriseAddress(),
                                holders,
                                user,
                                null)))
                .flatMap(Optional::stream)
                .toList();
        return new TaskPage(items, pageNumber, size, workflow.countTasks(actor, engineFilter));
    }

    /** The engine's form of the filter; an enterprise filter becomes the process instances of its open cases. */
    private cn.energyinspect.workflow.TaskFilter engineFilter(TaskFilter filter, CurrentUser user) {
        List<cn.energyinspect.app.refusal.FieldError> errors = new java.util.ArrayList<>();
        if (filter.taskKey() != null
                && !cn.energyinspect.app.dictionary.DisplayNames.knows(
                        cn.energyinspect.app.dictionary.DisplayNames.Category.TASK, filter.taskKey())) {
            errors.add(new cn.energyinspect.app.refusal.FieldError("taskKey", "不是已知的任务类型"));
        }
        if (filter.dueWithinDays() != null && (filter.dueWithinDays() < 0 || filter.dueWithinDays() > 366)) {
            errors.add(new cn.energyinspect.app.refusal.FieldError("dueWithinDays", "须在 0 到 366 之间"));
        }
        String enterprise = filter.enterprise() == null || filter.enterprise().isBlank()
                ? null
                : filter.enterprise().strip();
        if (enterprise != null && enterprise.length() > 100) {
            errors.add(new cn.energyinspect.app.refusal.FieldError("enterprise", "不能超过 100 个字符"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        java.util.Set<String> instances = enterprise == null
                ? null
                : java.util.Set.copyOf(cases.openInstancesOfEnterprise(
                        user.jurisdiction().regionPrefix(), user.jurisdiction().enterpriseUscc(), enterprise));
        Instant dueBefore = null;
        if (filter.dueWithinDays() != null) {
            dueBefore = time.startOf(time.today().plusDays(filter.dueWithinDays() + 1L));
        }
        if (filter.overdue()) {
            dueBefore = time.now();
        }
        return new cn.energyinspect.workflow.TaskFilter(
                filter.taskKey() == null ? null : java.util.Set.of(filter.taskKey()), instances, dueBefore);
    }

    /** How many open tasks the user may work on (the badge's count). */
    @Transactional(readOnly = true)
    public long countMine(CurrentUser user) {
        return workflow.countTasks(Actors.of(user));
    }

    @Transactional(readOnly = true)
    public TaskView get(String taskId, CurrentUser user) {
        return workflow.task(taskId, Actors.of(user))
                .flatMap(item -> view(
                        item,
                        cases.find(item.caseId()),
                        uscc -> enterprises.findByUscc(uscc).orElse(null),
                        item.assignee() == null ? Map.of() : users.displayNames(List.of(item.assignee())),
                        user,
                        true))
                .orElseThrow(() -> Refusal.notFound("任务"));
    }

    /** 认领: the caller takes a group task so no one else acts on it meanwhile. */
    @Transactional
    public TaskView claim(String taskId, CurrentUser user) {
        Actor actor = Actors.of(user);
        WorkItem item = workflow.task(taskId, actor).orElseThrow(() -> unavailable(taskId, actor));
        try {
            workflow.claim(taskId, actor);
        } catch (TaskHeldException held) {
            throw heldProblem(held);
        } catch (TaskNotAvailableException gone) {
            throw Refusal.notFound("任务");
        }
        audit.record(item.caseId(), "task", taskId, "TASK_CLAIMED", user.username(), null, item.taskKey());
        return get(taskId, user);
    }

    /** 释放: the caller gives a task it claimed back to its group. */
    @Transactional
    public TaskView release(String taskId, CurrentUser user) {
        Actor actor = Actors.of(user);
        WorkItem item = workflow.task(taskId, actor).orElseThrow(() -> unavailable(taskId, actor));
        try {
            workflow.release(taskId, actor);
        } catch (TaskHeldException held) {
            throw heldProblem(held);
        } catch (TaskNotAvailableException gone) {
            throw Refusal.notFound("任务");
        }
        audit.record(item.caseId(), "task", taskId, "TASK_RELEASED", user.username(), item.taskKey(), null);
        return get(taskId, user);
    }

    /**
     * Why a task is not in the caller's list: someone else claimed or completed it (409 naming who, for one of its
     * candidates), or it never was the caller's (404).
     */
    private Refusal unavailable(String taskId, Actor actor) {
        try {
            workflow.checkAvailable(taskId, actor);
        } catch (TaskHeldException held) {
            return heldProblem(held);
        } catch (TaskNotAvailableException notTheCallers) {
            return Refusal.notFound("任务");
        }
        return Refusal.notFound("任务");
    }

    /** 409 naming who holds the task, by display name. */
    private Refusal heldProblem(TaskHeldException held) {
        String who = held.holder() == null
                ? "他人"
                : users.displayNames(List.of(held.holder())).get(held.holder());
        String detail = held.reason() == TaskHeldException.Reason.COMPLETED
                ? "该任务已由" + who + "办理完毕"
                : "该任务已由" + who + "认领，请待其办理或释放";
        return new Refusal(
                Refusal.Kind.STATE_CONFLICT,
                detail,
                List.of(),
                Map.of("heldBy", who, "reason", held.reason().name()));
    }

    @Transactional
    public CaseView.OpenStep complete(String taskId, JsonNode payload, CurrentUser user) {
        Actor actor = Actors.of(user);
        WorkItem item = workflow.task(taskId, actor).orElseThrow(() -> unavailable(taskId, actor));
        if (item.assignee() != null && !item.assignee().equals(user.username())) {
            throw heldProblem(
                    new TaskHeldException(taskId, item.assignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER));
        }
        CaseRow row = lockOpenCase(item);
        TaskHandler handler = handlers.get(item.taskKey());
        if (handler == null) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "此任务须在企业门户中办理：" + item.name());
        }
        Map<String, Object> variables = handler.complete(new TaskHandler.TaskContext(row, user, payload, time.today()));
        finish(item, actor, variables);
        return new CaseView.OpenStep(item.taskId(), item.taskKey(), item.name(), item.due(), null);
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
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "案件当前不在此步骤，不能提交"));
        lockOpenCase(item);
        finish(item, actor, Map.of());
    }

    private CaseRow lockOpenCase(WorkItem item) {
        CaseRow row = cases.findForUpdate(item.caseId()).orElseThrow(() -> Refusal.notFound("案件"));
        if (row.status().isFinal()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "案件已结案，不能再修改");
        }
        return row;
    }

    private void finish(WorkItem item, Actor actor, Map<String, Object> variables) {
        search.caseChanged(item.caseId());
        try {
            workflow.complete(item, actor, variables);
        } catch (TaskHeldException e) {
            throw heldProblem(e);
        } catch (TaskNotAvailableException e) {
            throw Refusal.notFound("任务");
        } catch (cn.energyinspect.workflow.TaskVariablesRejectedException e) {
            throw Refusal.invalid("payload", "任务数据不完整或不正确：" + e.getMessage());
        }
    }

    private Optional<TaskView> view(
            WorkItem item,
            Optional<CaseRow> caseRow,
            Function<String, EnterpriseRow> enterpriseRows,
            Map<String, String> holders,
            CurrentUser user,
            boolean withForm) {
        return caseRow.filter(row -> user.jurisdiction().coversEnterprise(row.enterpriseUscc(), row.regionCode()))
                .map(row -> {
                    EnterpriseRow enterprise = enterpriseRows.apply(row.enterpriseUscc());
                    TaskHandler handler = handlers.get(item.taskKey());
                    return view(
                            item,
                            row.enterpriseUscc(),
                            row.status(),
                            row.visitDate(),
                            enterprise == null ? null : enterprise.name(),
                            enterprise == null ? null : enterprise.address(),
                            holders,
                            user,
                            withForm && handler != null ? handler.form(row) : null);
                });
    }

    private TaskView view(
            WorkItem item,
            String enterpriseUscc,
            CaseStatus status,
            LocalDate visitDate,
            String enterpriseName,
            String enterpriseAddress,
            Map<String, String> holders,
            CurrentUser user,
            Object form) {
        Integer left = calendar.workingDaysLeft(item.due());
        TaskHandler handler = handlers.get(item.taskKey());
        Instant now = time.now();
        return new TaskView(
                item.taskId(),
                item.taskKey(),
                item.name(),
                item.caseId(),
                item.caseNumber(),
                enterpriseUscc,
                enterpriseName,
                status,
                item.created(),
                item.due(),
                left,
                item.due() != null && calendar.isProvisional(item.created(), item.due(), now),
                item.due() != null && item.due().isBefore(now),
                item.assignee() == null ? null : holders.get(item.assignee()),
                user.username().equals(item.assignee()),
                handler == null ? null : TaskForms.schemaName(handler),
                form,
                visitDate,
                enterpriseAddress);
    }
}
