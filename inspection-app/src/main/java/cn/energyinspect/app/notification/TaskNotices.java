package cn.energyinspect.app.notification;

import cn.energyinspect.app.calendar.BusinessCalendar;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.workflow.InspectionWorkflow;
import cn.energyinspect.workflow.OfferedTask;
import cn.energyinspect.workflow.WorkItem;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people of their work: a task newly offered to them (认领 or assigned), a statutory deadline a few working days
 * ahead ({@code warn-working-days-before}), and a deadline passed. Polls the workflow facade every {@code
 * poll-interval}; the watermark row is locked for the poll, so of several nodes one polls at a time, and every message
 * has a dedupe key, so overlapping polls tell no one twice.
 */
@Component
public class TaskNotices {
    private static final Logger log = LoggerFactory.getLogger(TaskNotices.class);
    private static final String WATERMARK = "tasks";
    /** Looked back over, in case a task's creation committed after a later one was seen. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private static final int BATCH = 500;

    private final InspectionWorkflow workflow;
    private final Notifier notifier;
    private final NotificationMapper mapper;
    private final NotificationProperties settings;
    private final BusinessTime time;
    private final BusinessCalendar calendar;
    private final TransactionTemplate transactions;
    private volatile ScheduledExecutorService executor;

    TaskNotices(
            InspectionWorkflow workflow,
            Notifier notifier,
            NotificationMapper mapper,
            NotificationProperties settings,
            BusinessTime time,
            BusinessCalendar calendar,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.workflow = workflow;
        this.notifier = notifier;
        this.mapper = mapper;
        this.settings = settings;
        this.time = time;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!settings.pollerEnabled()) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "task-notices");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @PreDestroy
    void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("N-POLL-FAILED {}", e.toString());
        }
    }

    /** One poll: new tasks, then deadlines. Returns how many tasks it looked at (for tests and the log). */
    public int poll() {
        Integer seen = transactions.execute(status -> {
            Instant now = time.now();
            mapper.ensureWatermark(WATERMARK, now.minus(OVERLAP));
            Instant mark = mapper.lockWatermark(WATERMARK).orElse(now);
            Instant after = (mark.isAfter(now) ? now : mark).minus(OVERLAP);
            List<OfferedTask> created = workflow.tasksCreatedAfter(after, BATCH);
            Instant newest = mark.isAfter(now) ? now : mark;
            for (OfferedTask task : created) {
                offered(task);
                if (task.item().created().isAfter(newest)) {
                    newest = task.item().created();
                }
            }
            mapper.setWatermark(WATERMARK, newest);
            int deadlines = deadlines(now);
            return created.size() + deadlines;
        });
        return seen == null ? 0 : seen;
    }

    private void offered(OfferedTask task) {
        WorkItem item = task.item();
        List<String> users = new ArrayList<>(task.candidateUsers());
        if (item.assignee() != null) {
            users.add(item.assignee());
        }
        String name = DisplayNames.of(DisplayNames.Category.TASK, item.taskKey());
        notifier.publish(new Notice(
                NoticeKind.TASK_OFFERED,
                (item.assignee() == null ? "新待办（可认领）：" : "新待办：") + name,
                "案件 " + item.caseNumber() + " 有一项待办：" + name + due(item),
                link(item),
                item.caseId(),
                item.taskId(),
                null,
                new Audience.Offered(users, item.assignee() == null ? task.candidateGroups() : List.of()),
                "task-offered-" + item.taskId()));
    }

    private int deadlines(Instant now) {
        LocalDate today = time.today();
        LocalDate warnUntil;
        try {
            warnUntil = calendar.provisional()
                    .addWorkingDays(today, settings.warnWorkingDaysBefore())
                    .deadline();
        } catch (RuntimeException beyondCalendar) {
            warnUntil = today.plusDays(settings.warnWorkingDaysBefore());
        }
        // a deadline at the end of day D is stored as 00:00 of D + 1
        List<OfferedTask> due =
                workflow.tasksDueBefore(time.startOf(warnUntil.plusDays(1)).plusMillis(1), 1000);
        for (OfferedTask task : due) {
            WorkItem item = task.item();
            boolean passed = !item.due().isAfter(now);
            List<String> users = new ArrayList<>(task.candidateUsers());
            if (item.assignee() != null) {
                users.add(item.assignee());
            }
            String name = DisplayNames.of(DisplayNames.Category.TASK, item.taskKey());
            LocalDate dueDay = time.dueDayOf(item.due());
            notifier.publish(new Notice(
                    passed ? NoticeKind.DEADLINE_PASSED : NoticeKind.DEADLINE_APPROACHING,
                    (passed ? "已逾期：" : "即将到期：") + name,
                    "案件 " + item.caseNumber() + " 的“" + name + "”"
                            + (passed ? "已于 " + dueDay + " 到期" : "将于 " + dueDay + " 到期"),
                    link(item),
                    item.caseId(),
                    item.taskId(),
                    null,
                    new Audience.Offered(users, item.assignee() == null ? task.candidateGroups() : List.of()),
                    (passed ? "task-overdue-" : "task-due-") + item.taskId() + "-" + dueDay));
        }
        return due.size();
    }

    private String due(WorkItem item) {
        return item.due() == null ? "" : "，期限 " + time.dueDayOf(item.due());
    }

    static String link(WorkItem item) {
        return "/workbench?task=" + item.taskId();
    }
}
