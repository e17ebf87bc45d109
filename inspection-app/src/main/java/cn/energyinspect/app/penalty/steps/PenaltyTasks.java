package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.penalty.PenaltyAccess;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.CreditPublicationProcess;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.workflow.Actor;
import cn.energyinspect.workflow.PenaltyWorkflow;
import cn.energyinspect.workflow.TaskHeldException;
import cn.energyinspect.workflow.TaskNotAvailableException;
import cn.energyinspect.workflow.TaskVariablesRejectedException;
import cn.energyinspect.workflow.WorkItem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The penalty tasks of a user: offered to its groups ({@code agency-<id>-SUPERVISOR|INSPECTOR}, {@code
 * enterprise-<uscc>}), each with its statutory clock, claimed, released and completed through its {@link PenaltyStep}.
 * Completing locks the case row, so two steps of one case never interleave; a task that is not the user's is a 404,
 * one someone else holds a 409 naming who. A step asked for by its key while the case is elsewhere is a 409 saying
 * why (a decision while the 告知 periods run names the days they end).
 */
@Service
public class PenaltyTasks {
    private static final Set<String> CREDIT_TASKS =
            Set.of(CreditPublicationProcess.TASK_PUBLISH_RECORD, CreditPublicationProcess.TASK_REVIEW_REPAIR);

    private final PenaltyWorkflow workflow;
    private final PenaltyMapper penalties;
    private final PenaltyAccess access;
    private final Map<String, PenaltyStep> steps;
    private final UserDirectory users;
    private final BusinessTime time;
    private final BusinessCalendar calendar;

    PenaltyTasks(
            PenaltyWorkflow workflow,
            PenaltyMapper penalties,
            PenaltyAccess access,
            List<PenaltyStep> steps,
            UserDirectory users,
            BusinessTime time,
            BusinessCalendar calendar) {
        this.workflow = workflow;
        this.penalties = penalties;
        this.access = access;
        this.steps = steps.stream().collect(Collectors.toUnmodifiableMap(PenaltyStep::taskKey, Function.identity()));
        this.users = users;
        this.time = time;
        this.calendar = calendar;
    }

    /**
     * A penalty task.
     *
     * @param workingDaysLeft working days from today to the due day (negative when overdue), {@code null} without one
     * @param provisional counted over weekends through a year whose holidays are not entered (暂按周末计算)
     * @param assignee who claimed it (display name)
     * @param payloadSchema the name of its payload record, e.g. {@code DecidePayload}
     */
    public record TaskView(
            String taskId,
            String taskKey,
            String name,
            long penaltyId,
            String penaltyNumber,
            String enterpriseUscc,
            String partyName,
            PenaltyStatus status,
            String statusName,
            Instant created,
            Instant due,
            Integer workingDaysLeft,
            boolean provisional,
            boolean overdue,
            String assignee,
            boolean claimedByMe,
            String payloadSchema,
            Object form) {}

    public record TaskPage(List<TaskView> items, int page, int size, long totalItems) {}

    /** An open step of a case as its page shows it. */
    public record OpenStep(String taskId, String taskKey, String name, Instant due, String assignee) {}

    /** The groups a user's tasks are offered to. */
    public static Actor actor(CurrentUser user) {
        if (user.role() == Role.ENTERPRISE) {
            return new Actor(user.username(), Set.of("enterprise-" + user.enterpriseUscc()));
        }
        if (user.agencyId() == null) {
            return new Actor(user.username(), Set.of());
        }
        return new Actor(
                user.username(),
                Set.of("agency-" + user.agencyId() + "-" + user.role().name()));
    }

    @Transactional(readOnly = true)
    public TaskPage mine(CurrentUser user, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw Refusal.invalid(page < 0 ? "page" : "size", page < 0 ? "不能为负数" : "须在 1 至 200 之间");
        }
        Actor actor = actor(user);
        List<WorkItem> items = workflow.tasks(actor, page * size, size);
        Map<Long, PenaltyRow> rows = items.isEmpty()
                ? Map.of()
                : penalties.findByIds(items.stream().map(WorkItem::caseId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(PenaltyRow::id, Function.identity()));
        Map<String, String> holders = users.displayNames(
                items.stream().map(WorkItem::assignee).filter(Objects::nonNull).toList());
        List<TaskView> views = items.stream()
                .map(item -> view(item, rows.get(item.caseId()), holders, user, false))
                .flatMap(Optional::stream)
                .toList();
        return new TaskPage(views, page, size, workflow.countTasks(actor));
    }

    @Transactional(readOnly = true)
    public TaskView get(String taskId, CurrentUser user) {
        WorkItem item = workflow.task(taskId, actor(user)).orElseThrow(() -> Refusal.notFound("任务"));
        Map<String, String> holders = item.assignee() == null ? Map.of() : users.displayNames(List.of(item.assignee()));
        return view(item, penalties.find(item.caseId()).orElse(null), holders, user, true)
                .orElseThrow(() -> Refusal.notFound("任务"));
    }

    @Transactional
    public TaskView claim(String taskId, CurrentUser user) {
        Actor actor = actor(user);
        WorkItem item = workflow.task(taskId, actor).orElseThrow(() -> unavailable(taskId, actor));
        try {
            workflow.claim(taskId, actor);
        } catch (TaskHeldException held) {
            throw heldProblem(held);
        }
        penalties.find(item.caseId()).ifPresent(row -> penalties.findForUpdate(row.id()));
        return get(taskId, user);
    }

    @Transactional
    public TaskView release(String taskId, CurrentUser user) {
        Actor actor = actor(user);
        workflow.task(taskId, actor).orElseThrow(() -> unavailable(taskId, actor));
        try {
            workflow.release(taskId, actor);
        } catch (TaskHeldException held) {
            throw heldProblem(held);
        }
        return get(taskId, user);
    }

    @Transactional
    public OpenStep complete(String taskId, JsonNode payload, CurrentUser user) {
        Actor actor = actor(user);
        WorkItem item = workflow.task(taskId, actor).orElseThrow(() -> unavailable(taskId, actor));
        return finish(item, payload, user, actor);
    }

    /**
     * Completes the open task {@code taskKey} of the case for the user: the enterprise portal's statement, or a step
     * the agency's pages address by its key. When the case does not wait for that step, a 409 says why.
     */
    @Transactional
    public OpenStep completeStep(long penaltyId, String taskKey, JsonNode payload, CurrentUser user) {
        PenaltyRow row = access.visible(penaltyId, user);
        Actor actor = actor(user);
        Optional<WorkItem> open = workflow.openTasks(penaltyId).stream()
                .filter(t -> t.taskKey().equals(taskKey))
                .findFirst();
        if (open.isEmpty()) {
            throw notAwaited(row, taskKey);
        }
        WorkItem item = workflow.task(open.get().taskId(), actor)
                .orElseThrow(() -> unavailable(open.get().taskId(), actor));
        return finish(item, payload, user, actor);
    }

    /** The open steps of a case, for its page. */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(long penaltyId) {
        List<WorkItem> items = workflow.openTasks(penaltyId);
        Map<String, String> holders = users.displayNames(
                items.stream().map(WorkItem::assignee).filter(Objects::nonNull).toList());
        return items.stream()
                .map(i -> new OpenStep(
                        i.taskId(),
                        i.taskKey(),
                        name(i.taskKey()),
                        i.due(),
                        i.assignee() == null ? null : holders.get(i.assignee())))
                .toList();
    }

    private OpenStep finish(WorkItem item, JsonNode payload, CurrentUser user, Actor actor) {
        if (item.assignee() != null && !item.assignee().equals(user.username())) {
            throw heldProblem(
                    new TaskHeldException(item.taskId(), item.assignee(), TaskHeldException.Reason.CLAIMED_BY_ANOTHER));
        }
        PenaltyRow row = penalties.findForUpdate(item.caseId()).orElseThrow(() -> Refusal.notFound("处罚案件"));
        if (!PenaltyAccess.covers(row, user)) {
            throw Refusal.notFound("任务");
        }
        if (CREDIT_TASKS.contains(item.taskKey())) {
            if (row.status() == PenaltyStatus.REVOKED) {
                throw new Refusal(Refusal.Kind.STATE_CONFLICT, "处罚决定已撤销");
            }
        } else {
            PenaltyTransitions.requireOpen(row);
        }
        PenaltyStep step = steps.get(item.taskKey());
        if (step == null) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "此任务不能在这里办理：" + name(item.taskKey()));
        }
        Map<String, Object> variables =
                step.complete(new PenaltyStep.Context(row, user, payload, time.today(), time.now()));
        try {
            workflow.complete(item, actor, variables);
        } catch (TaskHeldException e) {
            throw heldProblem(e);
        } catch (TaskNotAvailableException e) {
            throw Refusal.notFound("任务");
        } catch (TaskVariablesRejectedException e) {
            throw Refusal.invalid("payload", "任务数据不完整或不正确：" + e.getMessage());
        }
        return new OpenStep(item.taskId(), item.taskKey(), name(item.taskKey()), item.due(), null);
    }

    /** Why the case does not wait for {@code taskKey} now. */
    private Refusal notAwaited(PenaltyRow row, String taskKey) {
        if (PenaltyProcess.TASK_DECIDE.equals(taskKey)
                && (row.status() == PenaltyStatus.NOTIFIED || row.status() == PenaltyStatus.HEARING)) {
            Map<String, Object> periods = new LinkedHashMap<>();
            StringBuilder detail =
                    new StringBuilder("告知期间尚未届满，不能作出处罚决定（行政处罚法第六十二条）：陈述申辩期至 ").append(row.statementDeadline());
            periods.put("statementDeadline", String.valueOf(row.statementDeadline()));
            if (row.hearingOffered()) {
                detail.append("，听证申请期至 ").append(row.hearingDeadline());
                periods.put("hearingDeadline", String.valueOf(row.hearingDeadline()));
            }
            if (row.status() == PenaltyStatus.HEARING) {
                detail.append("，当事人已申请听证，须先举行听证");
            }
            return new Refusal(Refusal.Kind.STATE_CONFLICT, detail.toString(), List.of(), periods);
        }
        return new Refusal(
                Refusal.Kind.STATE_CONFLICT, "处罚案件当前为“" + row.status().label() + "”，没有待办的“" + name(taskKey) + "”");
    }

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

    private Refusal heldProblem(TaskHeldException held) {
        String who = held.holder() == null
                ? "他人"
                : users.displayNames(List.of(held.holder())).getOrDefault(held.holder(), "他人");
        String detail = held.reason() == TaskHeldException.Reason.COMPLETED
                ? "该任务已由" + who + "办理完毕"
                : "该任务已由" + who + "认领，请待其办理或释放";
        return new Refusal(
                Refusal.Kind.STATE_CONFLICT,
                detail,
                List.of(),
                Map.of("heldBy", who, "reason", held.reason().name()));
    }

    private Optional<TaskView> view(
            WorkItem item, PenaltyRow row, Map<String, String> holders, CurrentUser user, boolean withForm) {
        if (row == null || !PenaltyAccess.covers(row, user)) {
            return Optional.empty();
        }
        PenaltyStep step = steps.get(item.taskKey());
        return Optional.of(new TaskView(
                item.taskId(),
                item.taskKey(),
                name(item.taskKey()),
                row.id(),
                row.caseNumber(),
                row.enterpriseUscc(),
                row.partyName(),
                row.status(),
                row.status().label(),
                item.created(),
                item.due(),
                calendar.workingDaysLeft(item.due()),
                item.due() != null && calendar.isProvisional(item.created(), item.due(), time.now()),
                item.due() != null && item.due().isBefore(time.now()),
                item.assignee() == null ? null : holders.get(item.assignee()),
                user.username().equals(item.assignee()),
                step == null ? null : schema(step),
                withForm && step != null ? step.form(row) : null));
    }

    /** {@code Task_Decide} → {@code DecidePayload}. */
    static String schema(PenaltyStep step) {
        return step.taskKey().replaceFirst("^Task_", "") + "Payload";
    }

    static String name(String taskKey) {
        return DisplayNames.of(DisplayNames.Category.TASK, taskKey);
    }
}
