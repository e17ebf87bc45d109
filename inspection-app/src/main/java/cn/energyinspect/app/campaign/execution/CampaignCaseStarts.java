package cn.energyinspect.app.campaign.execution;

import cn.energyinspect.app.campaign.phase.CampaignPhases;
import cn.energyinspect.app.campaign.plan.PlanLookup;
import cn.energyinspect.app.campaign.plan.PlanRef;
import cn.energyinspect.app.inspection.DrawnCases;
import cn.energyinspect.app.inspection.InspectionType;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.CampaignProcess;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the cases of a plan's drawn targets: each an independent site-inspection process, linked by the plan's id,
 * opened in chunks of {@value #CHUNK} per transaction by one background worker per application. The request is stored
 * first (202 Accepted), so a restart resumes it; a target is never opened twice (its case id is set in the chunk's
 * transaction) and one whose team no longer qualifies is set aside with the reason, not lost.
 */
@Service
public class CampaignCaseStarts implements DisposableBean {
    static final int CHUNK = 100;
    private static final Logger log = LoggerFactory.getLogger(CampaignCaseStarts.class);

    private final CaseStartMapper starts;
    private final PlanLookup plans;
    private final CampaignPhases phases;
    private final DrawnCases drawnCases;
    private final TransactionTemplate transaction;
    private final BusinessTime time;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "campaign-case-start");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Boolean> running = new ConcurrentHashMap<>();

    CampaignCaseStarts(
            CaseStartMapper starts,
            PlanLookup plans,
            CampaignPhases phases,
            DrawnCases drawnCases,
            PlatformTransactionManager transactions,
            BusinessTime time) {
        this.starts = starts;
        this.plans = plans;
        this.phases = phases;
        this.drawnCases = drawnCases;
        this.transaction = new TransactionTemplate(transactions);
        this.time = time;
    }

    /** Records the request and hands it to the worker once the request is committed. */
    public StartProgress request(long planId, StartRequest request, CurrentUser user) {
        return transaction.execute(status -> {
            plans.heldByOwnAgency(planId, user, "只有计划所属机构可以启动案件");
            phases.requireCurrent(planId, CampaignProcess.Phases.EXECUTION);
            if (!starts.revealedDraw(planId)) {
                throw new Refusal(Refusal.Kind.STATE_CONFLICT, "抽取结果的随机种子公布后才能启动案件");
            }
            LocalDate earliest = drawnCases.earliestVisit();
            LocalDate visit = earliest;
            if (request != null
                    && request.visitDate() != null
                    && !request.visitDate().isBlank()) {
                try {
                    visit = LocalDate.parse(request.visitDate().strip());
                } catch (DateTimeParseException e) {
                    throw Refusal.invalid("visitDate", "日期格式应为 yyyy-MM-dd");
                }
                if (visit.isBefore(earliest)) {
                    throw Refusal.invalid("visitDate", "现场监察日期不得早于 " + earliest + "（须提前书面通知）");
                }
            }
            starts.request(planId, visit, user.username(), time.now());
            starts.clearRefusals(planId);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(planId);
                }
            });
            return progressOf(planId, true);
        });
    }

    public StartProgress progress(long planId, CurrentUser user) {
        return transaction.execute(status -> {
            plans.visible(planId, user);
            StartProgress progress = progressOf(planId, running.containsKey(planId));
            // a parent plan's header is readable below it, its rows only within the reader's own region
            return new StartProgress(
                    progress.planId(),
                    progress.targets(),
                    progress.started(),
                    progress.refused(),
                    progress.running(),
                    progress.visitDate(),
                    progress.requestedAt(),
                    progress.finishedAt(),
                    starts.refusals(planId).stream()
                            .filter(r -> user.jurisdiction().coversRegion(r.regionCode()))
                            .map(r -> new StartProgress.Refusal(r.uscc(), r.enterpriseName(), r.reason()))
                            .toList());
        });
    }

    /** Resumes what a stop interrupted. */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        List<Long> unfinished = transaction.execute(status -> starts.unfinished());
        if (unfinished != null) {
            unfinished.forEach(this::submit);
        }
    }

    private void submit(long planId) {
        if (running.putIfAbsent(planId, Boolean.TRUE) == null) {
            worker.submit(() -> run(planId));
        }
    }

    private void run(long planId) {
        long began = System.nanoTime();
        int opened = 0;
        try {
            PlanRef plan = plans.find(planId).orElseThrow();
            while (true) {
                Integer done = transaction.execute(status -> chunk(plan));
                if (done == null || done == 0) {
                    break;
                }
                opened += done;
            }
            transaction.executeWithoutResult(status -> starts.finish(planId, time.now()));
            log.info(
                    "I-CAMPAIGN-CASES-STARTED plan={} chunk={} processed={} in {} ms",
                    planId,
                    CHUNK,
                    opened,
                    (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException e) {
            // the request stays unfinished: the next start request or restart resumes it
            log.error("E-CAMPAIGN-CASES-START plan={} after {} targets", planId, opened, e);
        } finally {
            running.remove(planId);
        }
    }

    /** One chunk in one transaction; returns how many targets it handled (0 when none are left). */
    private int chunk(PlanRef plan) {
        CaseStartMapper.StartRow request = starts.find(plan.id()).orElseThrow();
        List<CaseStartMapper.Pending> pending = starts.nextChunk(plan.id(), CHUNK);
        if (pending.isEmpty()) {
            return 0;
        }
        LocalDate earliest = drawnCases.earliestVisit();
        LocalDate visit = request.visitDate().isBefore(earliest) ? earliest : request.visitDate();
        List<DrawnCases.Opened> opened = drawnCases.open(
                plan.agencyId(),
                plan.id(),
                InspectionType.valueOf(plan.inspectionType()),
                visit,
                pending.stream()
                        .map(p -> new DrawnCases.DrawnTarget(
                                p.uscc(), List.of(p.team().split(","))))
                        .toList(),
                request.requestedBy());
        for (int i = 0; i < pending.size(); i++) {
            DrawnCases.Opened result = opened.get(i);
            if (result.caseId() != null) {
                starts.setCase(pending.get(i).id(), result.caseId());
            } else {
                starts.refuse(pending.get(i).id(), result.refusal());
            }
        }
        return pending.size();
    }

    private StartProgress progressOf(long planId, boolean isRunning) {
        CaseStartMapper.Counts counts = starts.counts(planId);
        var row = starts.find(planId);
        return new StartProgress(
                planId,
                counts.targets(),
                counts.started(),
                counts.refused(),
                isRunning,
                row.map(CaseStartMapper.StartRow::visitDate).orElse(null),
                row.map(CaseStartMapper.StartRow::requestedAt).orElse(null),
                row.map(CaseStartMapper.StartRow::finishedAt).orElse(null),
                starts.refusals(planId).stream()
                        .map(r -> new StartProgress.Refusal(r.uscc(), r.enterpriseName(), r.reason()))
                        .toList());
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
