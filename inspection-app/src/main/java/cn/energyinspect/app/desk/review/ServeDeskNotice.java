package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.inspection.CaseRow;
import cn.energyinspect.app.inspection.DocumentRow;
import cn.energyinspect.app.inspection.Payloads;
import cn.energyinspect.app.inspection.ScreenedCases;
import cn.energyinspect.app.inspection.TaskHandler;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.DeskReviewProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 送达书面监察通知书: the reviewers serve the written notice naming what is examined (the confirmed signals), the
 * documents the enterprise must send and the day they are due; the enterprise's answer task waits until then. Served
 * again when the review asks for more documents.
 */
@Component
class ServeDeskNotice implements TaskHandler {
    private static final Logger log = LoggerFactory.getLogger(ServeDeskNotice.class);
    /** The longest answer period the notice may set (a desk review is not an open-ended request). */
    static final int MAX_ANSWER_DAYS = 90;

    private final DeskCases desk;
    private final ScreenedCases cases;
    private final Payloads payloads;

    ServeDeskNotice(DeskCases desk, ScreenedCases cases, Payloads payloads) {
        this.desk = desk;
        this.cases = cases;
        this.payloads = payloads;
    }

    @Schema(
            description = "Task_ServeDeskNotice: the 书面监察通知书 — the documents the enterprise must send and the day"
                    + " its written answer is due")
    record Payload(
            @Schema(
                    description = "The documents asked for, 1 to 20, each at most 200 characters",
                    example = "[\"2025年度能源购进、消费、库存台账\", \"主要产品产量统计报表\"]")
            List<String> documents,

            @Schema(
                    description = "The day the written answer is due: after today, at most 90 days ahead",
                    format = "date",
                    example = "2026-07-01")
            String answerDue) {}

    @Override
    public String taskKey() {
        return DeskReviewProcess.TASK_SERVE_DESK_NOTICE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of(
                "signals",
                desk.signals(desk.row(row.id())).stream()
                        .filter(s -> Boolean.TRUE.equals(s.confirmed()))
                        .toList());
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> given = payload.documents() == null ? List.of() : payload.documents();
        if (given.isEmpty()) {
            errors.add(new FieldError("documents", "必填：至少列明一项须提交的材料"));
        } else if (given.size() > 20) {
            errors.add(new FieldError("documents", "不能超过 20 项"));
        }
        for (int i = 0; i < given.size() && i < 20; i++) {
            String d = Payloads.text(given.get(i), "documents[" + i + "]", 200, true, errors);
            if (d != null) {
                documents.add(d);
            }
        }
        LocalDate due = Payloads.date(payload.answerDue(), "answerDue", errors);
        if (due != null && !due.isAfter(context.today())) {
            errors.add(new FieldError("answerDue", "提交期限须晚于今天"));
        } else if (due != null && due.isAfter(context.today().plusDays(MAX_ANSWER_DAYS))) {
            errors.add(new FieldError("answerDue", "提交期限不能超过 " + MAX_ANSWER_DAYS + " 日"));
        }
        Payloads.failIfAny(errors);
        CaseRow row = context.row();
        List<String> content = desk.signals(desk.row(row.id())).stream()
                .filter(s -> Boolean.TRUE.equals(s.confirmed()))
                .map(s -> s.name() + "：" + s.subject())
                .toList();
        DocumentRow notice =
                cases.serveNotice(row, content, documents, due, context.user().username());
        desk.noticeServed(row.id(), documents, due);
        log.info("I-DESK-NOTICE-SERVED case={} document={} answerDue={}", row.id(), notice.documentNumber(), due);
        return Map.of(DeskReviewProcess.Variables.ANSWER_DUE, due.toString());
    }
}
