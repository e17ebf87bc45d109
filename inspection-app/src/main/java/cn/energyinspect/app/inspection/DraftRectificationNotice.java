package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.SiteInspectionProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 限期整改通知书 draft: every finding of the round gets its required action and deadline; the draft goes to the
 * supervisor. A deadline beyond the configured horizon (default 24 months) is refused as a typo, not stored.
 */
@Component
class DraftRectificationNotice implements TaskHandler {
    private final FindingMapper findings;
    private final CaseDocuments documents;
    private final CaseTransitions transitions;
    private final Payloads payloads;
    private final InspectionProperties settings;

    DraftRectificationNotice(
            FindingMapper findings,
            CaseDocuments documents,
            CaseTransitions transitions,
            Payloads payloads,
            InspectionProperties settings) {
        this.findings = findings;
        this.documents = documents;
        this.transitions = transitions;
        this.payloads = payloads;
        this.settings = settings;
    }

    /**
     * @param findingId the finding of this round the requirement is for
     * @param requiredAction what the enterprise must do (≤ 1000 characters)
     * @param deadline by when, {@code YYYY-MM-DD}, after today
     */
    @Schema(description = "The requirement for one finding of the round")
    record Item(
            @Schema(description = "The finding of this round the requirement is for")
            Long findingId,

            @Schema(description = "What the enterprise must do (at most 1000 characters)")
            String requiredAction,

            @Schema(
                    description = "By when; after today, at most the configured horizon (24 months) ahead",
                    format = "date",
                    example = "2026-08-31")
            String deadline) {}

    /** @param items one per finding of the round */
    @Schema(
            description = "Task_DraftRectificationNotice: the 限期整改通知书 draft, one requirement per finding of the"
                    + " round (the task's form lists them); it goes to the supervisor")
    record Payload(
            @Schema(description = "One per finding of the round")
            List<Item> items) {}

    @Override
    public String taskKey() {
        return SiteInspectionProcess.TASK_DRAFT_RECTIFICATION_NOTICE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(CaseRow row) {
        return Map.of("round", row.currentRound(), "findings", findings.ofRound(row.id(), row.currentRound()));
    }

    @Override
    public Map<String, Object> complete(TaskContext context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        CaseRow row = context.row();
        List<FindingRow> current = findings.ofRound(row.id(), row.currentRound());
        Map<Long, Item> byFinding = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (payload.items() != null) {
            for (int i = 0; i < payload.items().size(); i++) {
                Item item = payload.items().get(i);
                if (item == null || item.findingId() == null) {
                    errors.add(new FieldError("items[" + i + "].findingId", "必填"));
                } else {
                    byFinding.put(item.findingId(), item);
                }
            }
        }
        Map<Long, LocalDate> deadlines = new HashMap<>();
        Map<Long, String> actions = new HashMap<>();
        LocalDate latest = context.today().plusMonths(settings.maxRectificationMonths());
        for (FindingRow finding : current) {
            String field = "items[findingId=" + finding.id() + "]";
            Item item = byFinding.remove(finding.id());
            if (item == null) {
                errors.add(new FieldError(field, "第 " + finding.findingNo() + " 项发现问题缺少整改要求"));
                continue;
            }
            actions.put(
                    finding.id(), Payloads.text(item.requiredAction(), field + ".requiredAction", 1000, true, errors));
            LocalDate deadline = Payloads.date(item.deadline(), field + ".deadline", errors);
            if (deadline != null && !deadline.isAfter(context.today())) {
                errors.add(new FieldError(field + ".deadline", "整改期限须晚于今天"));
            } else if (deadline != null && deadline.isAfter(latest)) {
                errors.add(new FieldError(field + ".deadline", "整改期限不能晚于 " + latest));
            }
            deadlines.put(finding.id(), deadline);
        }
        byFinding.keySet().forEach(id -> errors.add(new FieldError("items[findingId=" + id + "]", "本轮没有此发现问题")));
        Payloads.failIfAny(errors);
        for (FindingRow finding : current) {
            findings.setRequirement(row.id(), finding.id(), actions.get(finding.id()), deadlines.get(finding.id()));
        }
        DocumentRow draft =
                documents.draftRectificationNotice(row, context.user().username());
        transitions.move(
                row,
                CaseStatus.NOTICE_DRAFTED,
                "RECTIFICATION_NOTICE_DRAFTED",
                context.user().username(),
                Map.of(
                        "documentId",
                        draft.id(),
                        "before",
                        current,
                        "after",
                        findings.ofRound(row.id(), row.currentRound())));
        return Map.of();
    }
}
