package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.penalty.Codes;
import cn.energyinspect.app.penalty.PenaltyAuthorities;
import cn.energyinspect.app.penalty.PenaltyAuthority;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.penalty.credit.CreditRecords;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.PenaltyProcess;
import cn.energyinspect.rules.credit.PenaltyRecord;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.PenaltyKind;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import cn.energyinspect.rules.procedure.Procedure;
import cn.energyinspect.rules.procedure.PublicationWindow;
import cn.energyinspect.rules.procedure.SeverityTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 行政处罚决定 (行政处罚法 Art. 59): the kinds of Art. 9 and the fine in 元 within the article's range, no heavier than the
 * 告知书 announced (Art. 45), the reasons, and the severity tier of the credit record (suggested by the province's table,
 * a different choice with its reason). The publication window follows from the regime in force on the decision date.
 * The 双公示 record is composed and checked before anything is issued: a missing or wrong CF field stops the decision
 * and is named ({@code record.CF_FRDB}). Then the 决定书 and the 信用修复告知书 are issued together (两书同达).
 */
@Component
class Decide implements PenaltyStep {
    private static final java.util.Set<String> TIERS = java.util.Set.of("LIGHT", "GENERAL", "SERIOUS");

    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final PenaltyDocuments documents;
    private final PenaltyAuthorities authorities;
    private final PenaltyPeriods periods;
    private final CreditRecords records;
    private final DecisionForms forms;
    private final StepPayloads payloads;
    private final BusinessTime time;

    Decide(
            PenaltyMapper penalties,
            PenaltyTransitions transitions,
            PenaltyDocuments documents,
            PenaltyAuthorities authorities,
            PenaltyPeriods periods,
            CreditRecords records,
            DecisionForms forms,
            StepPayloads payloads,
            BusinessTime time) {
        this.penalties = penalties;
        this.transitions = transitions;
        this.documents = documents;
        this.authorities = authorities;
        this.periods = periods;
        this.records = records;
        this.forms = forms;
        this.payloads = payloads;
        this.time = time;
    }

    /**
     * @param kinds the kinds of Art. 9 (codes of {@code penaltyKind}), at least one
     * @param fineYuan the fine in 元, within the article's range; required with FINE
     * @param confiscatedYuan the amount confiscated in 元; required with a confiscation
     * @param licence 暂扣或吊销证照名称及编号; required with a licence kind (≤ 200)
     * @param content 处罚内容 as the 决定书 prints it (≤ 4000; composed when absent)
     * @param reasons 理由, including how the statement or the hearing was considered (≤ 4000, required)
     * @param severityTier LIGHT, GENERAL or SERIOUS (轻微 / 一般 / 严重), required
     * @param tierReason why the tier differs from the table's suggestion (≤ 500; required then)
     * @param publish a 轻微 record under 令第36号 is published only if the agency finds it necessary (default false)
     * @param validUntil 处罚有效期 (CF_YXQ); open-ended by default
     */
    record Payload(
            List<String> kinds,
            Long fineYuan,
            Long confiscatedYuan,
            String licence,
            String content,
            String reasons,
            String severityTier,
            String tierReason,
            Boolean publish,
            String validUntil) {}

    /** The article and its range, the precedents, the tier suggested and the window of a decision today. */
    record Form(
            DecisionForms.Form article,
            String suggestedTier,
            Map<String, Window> windows,
            List<PenaltyParts.Statement> statements,
            PenaltyParts.Hearing hearing) {}

    /** The window of a decision today in one tier. */
    record Window(String regime, LocalDate repairFrom, LocalDate publicUntil, boolean optional, String confidence) {}

    @Override
    public String taskKey() {
        return PenaltyProcess.TASK_DECIDE;
    }

    @Override
    public Class<?> payloadType() {
        return Payload.class;
    }

    @Override
    public Object form(PenaltyRow row) {
        LocalDate today = time.today();
        Map<String, Window> windows = new LinkedHashMap<>();
        for (SeverityTier tier : SeverityTier.values()) {
            PublicationWindow w = periods.rules().window(today, tier);
            windows.put(
                    tier.name(),
                    new Window(
                            w.regimeName(),
                            w.repairFrom(),
                            w.publicUntil(),
                            w.optional(),
                            DisplayNames.of(
                                    DisplayNames.Category.CONFIDENCE,
                                    w.basis().confidence().name())));
        }
        SeverityTier suggested = periods.rules()
                .suggestedTier(row.regionCode(), row.articleCode(), row.intendedKindList(), row.intendedFineYuan());
        return new Form(
                forms.form(row),
                suggested.name(),
                windows,
                penalties.statements(row.id()),
                penalties.hearing(row.id()).orElse(null));
    }

    @Override
    public Map<String, Object> complete(Context context) {
        Payload payload = payloads.read(context.payload(), Payload.class);
        PenaltyRow row = context.row();
        LocalDate today = context.today();
        List<FieldError> errors = new ArrayList<>();
        LawArticle article = Procedure.standard().article(row.articleCode()).orElseThrow();
        if (article.authority() != LawArticle.Authority.AGENCY) {
            errors.add(new FieldError("kinds", article.citation() + "的处罚不由本机关作出"));
        }
        List<String> kinds = LegalReview.kinds(payload.kinds(), "kinds", errors);
        Long fine = LegalReview.fine(article, kinds, payload.fineYuan(), "fineYuan", errors, periods);
        noHeavierThanNotified(row, kinds, fine, errors);
        Long confiscated = payload.confiscatedYuan();
        if (confiscated != null && confiscated <= 0) {
            errors.add(new FieldError("confiscatedYuan", "应大于 0"));
        }
        String licence = StepPayloads.text(payload.licence(), "licence", 200, false, errors);
        String content = StepPayloads.text(payload.content(), "content", 4000, false, errors);
        String reasons = StepPayloads.text(payload.reasons(), "reasons", 4000, true, errors);
        String tier = payload.severityTier();
        if (tier == null || !TIERS.contains(tier)) {
            errors.add(new FieldError("severityTier", "必填：LIGHT（轻微）、GENERAL（一般）或 SERIOUS（严重）"));
        }
        SeverityTier suggested = periods.rules().suggestedTier(row.regionCode(), row.articleCode(), kinds, fine);
        String tierReason = StepPayloads.text(payload.tierReason(), "tierReason", 500, false, errors);
        if (tier != null && TIERS.contains(tier) && !tier.equals(suggested.name()) && tierReason == null) {
            errors.add(new FieldError(
                    "tierReason",
                    "所选等级与分级表建议的“" + DisplayNames.of(DisplayNames.Category.SEVERITY_TIER, suggested.name())
                            + "”不同，须说明理由"));
        }
        LocalDate validUntil = StepPayloads.date(payload.validUntil(), "validUntil", false, errors);
        if (validUntil != null && validUntil.isBefore(today)) {
            errors.add(new FieldError("validUntil", "处罚有效期不能早于决定日期"));
        }
        StepPayloads.failIfAny(errors);

        PublicationWindow window = periods.rules().window(today, SeverityTier.valueOf(tier));
        boolean published = !window.optional() || Boolean.TRUE.equals(payload.publish());
        PenaltyAuthority authority = authorities.of(row.agencyId());
        String number = documents.number(row, PenaltyDocuments.DECISION, today);
        PenaltyParts.Decision draft = new PenaltyParts.Decision(
                row.id(),
                number,
                Codes.join(kinds),
                fine,
                confiscated,
                licence,
                content != null ? content : content(kinds, fine, confiscated, licence),
                reasons,
                article.citation(),
                tier,
                suggested.name(),
                tierReason,
                published,
                window.regime(),
                window.regimeName(),
                window.repairFrom(),
                window.publicUntil(),
                validUntil != null ? validUntil : periods.settings().openEndedValidity(),
                today,
                context.user().username(),
                "{}",
                false);
        PenaltyRecord record = records.compose(row, draft, authority);
        List<FieldError> problems = records.check(record, today);
        StepPayloads.failIfAny(problems);
        PenaltyParts.Decision decision = withRecord(draft, records.exchangeJson(record));
        penalties.insertDecision(decision);
        List<PenaltyParts.Document> issued =
                documents.decision(row, decision, context.user().username());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decisionNumber", number);
        detail.put("kinds", kinds);
        detail.put("fineYuan", fine);
        detail.put("severityTier", tier);
        detail.put("suggestedTier", suggested.name());
        detail.put("regime", window.regimeName());
        detail.put("publicUntil", window.publicUntil());
        detail.put(
                "documents",
                issued.stream().map(PenaltyParts.Document::documentNumber).toList());
        transitions.move(
                row, PenaltyStatus.DECIDED, "PENALTY_DECIDED", context.user().username(), detail);
        return Map.of(PenaltyProcess.Variables.DECIDED_AT, StepPayloads.iso(context.now(), time.zone()));
    }

    /** 行政处罚法 Art. 45: no heavier penalty because the party stated its case. */
    private static void noHeavierThanNotified(PenaltyRow row, List<String> kinds, Long fine, List<FieldError> errors) {
        List<String> notified = row.intendedKindList();
        List<String> added = kinds.stream().filter(k -> !notified.contains(k)).toList();
        if (!added.isEmpty()) {
            errors.add(new FieldError(
                    "kinds",
                    "告知书未告知的处罚种类不能直接决定（须重新告知）："
                            + String.join(
                                    "、",
                                    added.stream()
                                            .map(k -> DisplayNames.of(DisplayNames.Category.PENALTY_KIND, k))
                                            .toList())));
        }
        if (fine != null && row.intendedFineYuan() != null && fine > row.intendedFineYuan()) {
            errors.add(new FieldError(
                    "fineYuan", "不得高于告知书拟罚款的 " + row.intendedFineYuan() + " 元（不得因陈述申辩而加重处罚，行政处罚法第四十五条）"));
        }
    }

    /** 罚款人民币150000元; 没收违法所得人民币…元 …. */
    static String content(List<String> kinds, Long fine, Long confiscated, String licence) {
        List<String> parts = new ArrayList<>();
        for (String code : kinds) {
            PenaltyKind kind = PenaltyProcedure.standard().kind(code).orElseThrow();
            if (kind.isFine()) {
                parts.add("罚款人民币" + fine + "元");
            } else if (kind.isConfiscation() && confiscated != null) {
                parts.add(kind.name() + "人民币" + confiscated + "元");
            } else if (kind.concernsLicence() && licence != null) {
                parts.add(kind.name() + "（" + licence + "）");
            } else {
                parts.add(kind.name());
            }
        }
        return String.join("；", parts);
    }

    private static PenaltyParts.Decision withRecord(PenaltyParts.Decision d, String json) {
        return new PenaltyParts.Decision(
                d.penaltyId(),
                d.decisionNumber(),
                d.kinds(),
                d.fineYuan(),
                d.confiscatedYuan(),
                d.licence(),
                d.content(),
                d.reasons(),
                d.legalBasis(),
                d.severityTier(),
                d.suggestedTier(),
                d.tierReason(),
                d.published(),
                d.regime(),
                d.regimeName(),
                d.repairFrom(),
                d.publicUntil(),
                d.validUntil(),
                d.decidedOn(),
                d.decidedBy(),
                json,
                d.amended());
    }
}
