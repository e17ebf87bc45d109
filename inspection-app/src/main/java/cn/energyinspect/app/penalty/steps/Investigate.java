package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 调查取证 ends with the 调查终结报告: the violation and the facts as established, and the evidence they rest on (the
 * referred case's findings and files come with the case; more files may be added through the API first). The case
 * goes to its review.
 */
@Component
class Investigate implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final StepPayloads payloads;

    Investigate(PenaltyMapper penalties, PenaltyTransitions transitions, StepPayloads payloads) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.payloads = payloads;
    }

    /**
     * @param violationType 违法行为类型 (CF_WFXW, ≤ 2000)
     * @param facts 违法事实 as established (CF_SY, ≤ 2000)
     * @param evidence 主要证据, one line each (≤ 200 each, ≤ 2000 together)
     */
    record Payload(String violationType, String facts, List<String> evidence) {}

    /** What the investigation starts from. */
    record Form(
            String violationType,
            String facts,
            List<PenaltyParts.Finding> findings,
            List<String> evidence,
            List<String> files) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_INVESTIGATE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(PenaltyRow row) {
        List<PenaltyParts.Finding> findings = penalties.findings(row.id());
        List<String> files = penalties.files(row.id()).stream()
                .filter(f -> "EVIDENCE".equals(f.purpose()))
                .map(PenaltyParts.File::originalName)
                .toList();
        List<String> evidence = new ArrayList<>();
        findings.forEach(f -> evidence.add("监察发现第" + f.findingNo() + "项：" + f.description()));
        files.forEach(name -> evidence.add("证据材料：" + name));
        return new Form(row.violationType(), row.facts(), findings, evidence, files);
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String violation = StepPayloads.text(payload.violationType(), "violationType", 2000, true, errors);
        String facts = StepPayloads.text(payload.facts(), "facts", 2000, true, errors);
        List<String> evidence = StepPayloads.lines(payload.evidence(), "evidence", 200, 2000, errors);
        StepPayloads.failIfAny(errors);
        PenaltyRow row = context.row();
        penalties.setInvestigation(row.id(), violation, facts, String.join("\n", evidence));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("violationType", violation);
        detail.put("evidence", evidence.size());
        transitions.move(
                row,
                PenaltyStatus.UNDER_REVIEW,
                "PENALTY_INVESTIGATED",
                context.user().username(),
                detail);
        return Map.of();
    }
}
