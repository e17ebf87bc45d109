package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.penalty.Codes;
import cn.energyinspect.app.penalty.PenaltyIntake;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.rules.credit.PenaltyRecords;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.Procedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 立案审批: a supervisor registers the case — confirming (or changing) the article it rests on and the party's
 * particulars (法定代表人 is needed for the credit record) — and the 立案审批表 is issued; the 90 days to decide start.
 * Refused (不予立案, with the reason), the case ends.
 */
@Component
class RegisterCase implements PenaltyStep {
    private static final Set<String> CATEGORIES = Set.of("ORGANISATION", "SELF_EMPLOYED", "PERSON");

    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final PenaltyPeriods periods;
    private final StepPayloads payloads;
    private final BusinessTime time;
    private final UserDirectory users;

    RegisterCase(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyDocuments documents,
            PenaltyPeriods periods,
            StepPayloads payloads,
            BusinessTime time,
            UserDirectory users) {
        this.users = users;
        this.penalties = penalties;
        this.transitions = transitions;
        this.documents = documents;
        this.periods = periods;
        this.payloads = payloads;
        this.time = time;
    }

    /**
     * @param registered true registers the case, false refuses it (不予立案)
     * @param opinion 审批意见 (≤ 500; required for a refusal)
     * @param articleCode the penalty article (a code of {@code GET /api/v1/penalties/articles}); the referral's proposal
     *     when absent
     * @param partyCategory ORGANISATION (default), SELF_EMPLOYED or PERSON
     * @param legalRepresentative 法定代表人 (≤ 50)
     * @param legalRepresentativeIdType 证件类型 01–05 (never published)
     * @param legalRepresentativeIdNumber 证件号码 (≤ 32, never published)
     * @param partyAddress 地址 (≤ 300)
     */
    record Payload(
            Boolean registered,
            String opinion,
            String articleCode,
            String partyCategory,
            String legalRepresentative,
            String legalRepresentativeIdType,
            String legalRepresentativeIdNumber,
            String partyAddress) {}

    /** The articles to choose from, with their fine ranges. */
    record Form(String articleCode, List<Article> proposed, List<Article> articles, String legalRepresentative) {}

    record Article(String code, String citation, String title, String authority, Long fineMinYuan, Long fineMaxYuan) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_REGISTER_PENALTY_CASE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(PenaltyRow row) {
        List<Article> proposed = Codes.split(row.proposedArticles()).stream()
                .map(code -> Procedure.standard().article(code).orElseThrow())
                .map(RegisterCase::article)
                .toList();
        List<Article> all = Procedure.standard().articles().stream()
                .filter(a -> a.role() == LawArticle.Role.PENALTY)
                .map(RegisterCase::article)
                .toList();
        return new Form(row.articleCode(), proposed, all, row.legalRepresentative());
    }

    static Article article(LawArticle a) {
        return new Article(
                a.code(),
                a.citation(),
                a.title(),
                a.authority() == null ? null : a.authority().name(),
                a.fineMinYuan(),
                a.fineMaxYuan());
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        List<FieldError> errors = new ArrayList<>();
        if (payload.registered() == null) {
            errors.add(new FieldError("registered", "必填：true 予以立案，false 不予立案"));
        }
        String opinion = StepPayloads.text(
                payload.opinion(), "opinion", 500, Boolean.FALSE.equals(payload.registered()), errors);
        PenaltyRow row = context.row();
        String article = payload.articleCode() == null
                ? row.articleCode()
                : payload.articleCode().strip();
        if (Boolean.TRUE.equals(payload.registered())
                && PenaltyIntake.penaltyArticle(article).isEmpty()) {
            errors.add(new FieldError("articleCode", "须为节约能源法的处罚条款"));
        }
        String category = payload.partyCategory() == null ? row.partyCategory() : payload.partyCategory();
        if (!CATEGORIES.contains(category)) {
            errors.add(new FieldError("partyCategory", "取值应为 ORGANISATION、SELF_EMPLOYED 或 PERSON"));
        }
        String representative =
                StepPayloads.text(payload.legalRepresentative(), "legalRepresentative", 50, false, errors);
        String idType =
                StepPayloads.text(payload.legalRepresentativeIdType(), "legalRepresentativeIdType", 2, false, errors);
        if (idType != null && !PenaltyRecords.ID_TYPES.containsKey(idType)) {
            errors.add(new FieldError("legalRepresentativeIdType", "取值应为 01 至 05"));
        }
        String idNumber = StepPayloads.text(
                payload.legalRepresentativeIdNumber(), "legalRepresentativeIdNumber", 32, false, errors);
        String address = StepPayloads.text(payload.partyAddress(), "partyAddress", 300, false, errors);
        StepPayloads.failIfAny(errors);
        if (!payload.registered()) {
            penalties.setClosingReason(row.id(), opinion, null);
            transitions.changed(
                    row,
                    "penalty_case",
                    "PENALTY_NOT_REGISTERED",
                    context.user().username(),
                    null,
                    Map.of("opinion", opinion));
            return Map.of(PenaltyProcess.Variables.REGISTERED, false);
        }
        LocalDate today = context.today();
        penalties.register(
                row.id(),
                today,
                periods.decisionLimit(today),
                article,
                row.partyName(),
                category,
                representative != null ? representative : row.legalRepresentative(),
                idType,
                idNumber,
                address != null ? address : row.partyAddress());
        PenaltyRow registered = penalties.findForUpdate(row.id()).orElseThrow();
        transitions.move(
                registered,
                PenaltyStatus.INVESTIGATING,
                "PENALTY_REGISTERED",
                context.user().username(),
                detail(article, registered, opinion));
        documents.registration(
                registered,
                PenaltyRow.REFERRAL.equals(row.source())
                        ? "节能监察案件移送"
                        : users.displayNames(List.of(row.openedBy())).getOrDefault(row.openedBy(), "承办人"),
                context.user().displayName(),
                opinion == null ? "同意立案" : opinion);
        return Map.of(
                PenaltyProcess.Variables.REGISTERED,
                true,
                PenaltyProcess.Variables.REGISTERED_AT,
                StepPayloads.iso(context.now(), time.zone()));
    }

    private static Map<String, Object> detail(String article, PenaltyRow row, String opinion) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("article", article);
        detail.put("registeredOn", row.registeredOn());
        detail.put("decisionLimitOn", row.decisionLimitOn());
        detail.put("opinion", opinion);
        return detail;
    }
}
