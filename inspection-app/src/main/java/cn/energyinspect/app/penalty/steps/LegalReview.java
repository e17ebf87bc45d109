package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.penalty.Codes;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.bpmn.PenaltyProcess.ReviewOutcomes;
import cn.energyinspect.rules.procedure.FineVerdict;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.PenaltyKind;
import cn.energyinspect.rules.procedure.Procedure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 案件审核 (法制审核, 行政处罚法 Arts. 57, 58): one of four outcomes — the intended penalty (kinds of Art. 9 and the fine
 * within the article's range), 不予处罚, 移送, or back to the investigation — and whether the decision needs the
 * 负责人集体讨论. A penalty the 节能 department does not impose itself (市场监管's, the people's government's) cannot be
 * intended here: it is transferred.
 */
@Component
class LegalReview implements PenaltyStep {
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyPeriods periods;
    private final StepPayloads payloads;
    private final DecisionForms forms;

    LegalReview(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyPeriods periods,
            StepPayloads payloads,
            DecisionForms forms) {
        this.forms = forms;
        this.penalties = penalties;
        this.transitions = transitions;
        this.periods = periods;
        this.payloads = payloads;
    }

    /**
     * @param outcome PENALTY, NO_PENALTY, TRANSFER or RETURN
     * @param opinion 审核意见 (≤ 1000, required)
     * @param collectiveDiscussion the decision needs 集体讨论 (情节复杂或者重大违法行为); for PENALTY
     * @param intendedKinds the kinds of Art. 9 intended (codes of {@code penaltyKind}); for PENALTY
     * @param intendedFineYuan the intended fine in 元, within the article's range; required with FINE
     * @param intendedContent 拟作出的处罚 as the 告知书 prints it (≤ 1000; composed when absent)
     */
    record Payload(
            String outcome,
            String opinion,
            Boolean collectiveDiscussion,
            List<String> intendedKinds,
            Long intendedFineYuan,
            String intendedContent) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_LEGAL_REVIEW;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(PenaltyRow row) {
        return forms.form(row);
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        String outcome = payload.outcome();
        if (outcome == null || !ReviewOutcomes.ALL.contains(outcome)) {
            errors.add(new FieldError("outcome", "取值应为 PENALTY、NO_PENALTY、TRANSFER 或 RETURN"));
        }
        String opinion = StepPayloads.text(payload.opinion(), "opinion", 1000, true, errors);
        PenaltyRow row = context.row();
        List<String> kinds = List.of();
        Long fine = null;
        String content = null;
        boolean discussion = false;
        if (ReviewOutcomes.PENALTY.equals(outcome)) {
            LawArticle article = Procedure.standard().article(row.articleCode()).orElseThrow();
            if (article.authority() != LawArticle.Authority.AGENCY) {
                errors.add(new FieldError(
                        "outcome",
                        article.citation() + "的处罚由"
                                + DisplayNames.of(
                                        DisplayNames.Category.PENALTY_AUTHORITY,
                                        article.authority().name())
                                + "作出，本机关应移送（TRANSFER）或报请"));
            }
            if (payload.collectiveDiscussion() == null) {
                errors.add(new FieldError("collectiveDiscussion", "必填：是否须负责人集体讨论"));
            } else {
                discussion = payload.collectiveDiscussion();
            }
            kinds = kinds(payload.intendedKinds(), "intendedKinds", errors);
            fine = fine(article, kinds, payload.intendedFineYuan(), "intendedFineYuan", errors, periods);
            content = StepPayloads.text(payload.intendedContent(), "intendedContent", 1000, false, errors);
        }
        StepPayloads.failIfAny(errors);
        penalties.setReview(row.id(), outcome, opinion, discussion, Codes.join(kinds), fine, content);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", outcome);
        detail.put("opinion", opinion);
        detail.put("intendedKinds", kinds);
        detail.put("intendedFineYuan", fine);
        detail.put("collectiveDiscussion", discussion);
        if (ReviewOutcomes.RETURN.equals(outcome)) {
            transitions.move(
                    row,
                    PenaltyStatus.INVESTIGATING,
                    "PENALTY_REVIEWED",
                    context.user().username(),
                    detail);
        } else {
            transitions.changed(
                    row, "penalty_case", "PENALTY_REVIEWED", context.user().username(), null, detail);
        }
        return Map.of(
                PenaltyProcess.Variables.REVIEW_OUTCOME, outcome,
                PenaltyProcess.Variables.COLLECTIVE_DISCUSSION, discussion);
    }

    /** Codes of Art. 9 the agency may impose, at least one, no repeats. */
    static List<String> kinds(List<String> codes, String field, List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldError(field, "至少选择一种处罚种类"));
            return List.of();
        }
        LinkedHashSet<String> kinds = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<PenaltyKind> kind = periodsRules().kind(code);
            if (kind.isEmpty()) {
                errors.add(new FieldError(field, "不是行政处罚法第九条规定的处罚种类：" + code));
            } else if (!kind.get().byAgency()) {
                errors.add(new FieldError(field, kind.get().name() + "不能由节能主管部门作出（行政处罚法第十八条）"));
            } else {
                kinds.add(code);
            }
        }
        return List.copyOf(kinds);
    }

    /** The fine: required with FINE, none without; within the article's range, or a 422 naming the field. */
    static Long fine(
            LawArticle article,
            List<String> kinds,
            Long fineYuan,
            String field,
            List<FieldError> errors,
            PenaltyPeriods periods) {
        boolean fined = kinds.contains(cn.energyinspect.rules.procedure.PenaltyProcedure.FINE);
        if (fined && fineYuan == null) {
            errors.add(new FieldError(field, "处罚种类含罚款，须填写罚款金额（元）"));
            return null;
        }
        if (!fined) {
            if (fineYuan != null) {
                errors.add(new FieldError(field, "处罚种类不含罚款，不能填写罚款金额"));
            }
            return null;
        }
        FineVerdict verdict = periods.rules().checkFine(article, fineYuan);
        if (!verdict.allowed()) {
            errors.add(new FieldError(field, verdict.message()));
            return null;
        }
        return fineYuan;
    }

    private static cn.energyinspect.rules.procedure.PenaltyProcedure periodsRules() {
        return cn.energyinspect.rules.procedure.PenaltyProcedure.standard();
    }
}
