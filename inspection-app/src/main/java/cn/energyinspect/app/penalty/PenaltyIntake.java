package cn.energyinspect.app.penalty;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.document.DocumentNumbers;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.idempotency.IdempotencyKeys;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.Procedure;
import cn.energyinspect.workflow.PenaltyStart;
import cn.energyinspect.workflow.PenaltyWorkflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a penalty case comes into being: referred by an inspection case (its current round's findings and evidence carried
 * over, the articles the findings rest on proposed, the first the agency may decide on with a fine range chosen), or
 * opened by hand for a violation found otherwise. Either way the case is numbered in its own series ({@code
 * PENALTY_CASE}), audited, and its procedure starts at 立案审批.
 */
@Service
public class PenaltyIntake implements PenaltyReferrals {
    private static final Logger log = LoggerFactory.getLogger(PenaltyIntake.class);
    static final String KIND_CASE = "PENALTY_CASE";
    /** 重点用能单位 that do not rectify as ordered (节约能源法 Art. 54): the penalty article of a missed deadline. */
    static final String REFUSED_RECTIFICATION = "EL83";

    private final PenaltyMapper penalties;
    private final ReferralMapper referrals;
    private final EnterpriseMapper enterprises;
    private final AgencyMapper agencies;
    private final DocumentNumbers numbers;
    private final PenaltyWorkflow workflow;
    private final PenaltyPeriods periods;
    private final AuditLog audit;
    private final BusinessTime time;
    private final IdempotencyKeys idempotency;

    PenaltyIntake(
            PenaltyMapper penalties,
            ReferralMapper referrals,
            EnterpriseMapper enterprises,
            AgencyMapper agencies,
            DocumentNumbers numbers,
            PenaltyWorkflow workflow,
            PenaltyPeriods periods,
            AuditLog audit,
            BusinessTime time,
            IdempotencyKeys idempotency) {
        this.penalties = penalties;
        this.referrals = referrals;
        this.enterprises = enterprises;
        this.agencies = agencies;
        this.numbers = numbers;
        this.workflow = workflow;
        this.periods = periods;
        this.audit = audit;
        this.time = time;
        this.idempotency = idempotency;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void referred(long inspectionCaseId) {
        if (penalties.findBySourceCase(inspectionCaseId).isPresent()) {
            return;
        }
        ReferralMapper.SourceCase source = referrals
                .sourceCase(inspectionCaseId)
                .orElseThrow(() -> new IllegalStateException("no inspection case " + inspectionCaseId));
        EnterpriseRow enterprise =
                enterprises.findByUscc(source.enterpriseUscc()).orElseThrow();
        List<ReferralMapper.SourceFinding> findings = referrals.findings(source.id(), source.currentRound());
        List<LawArticle> proposed = proposedArticles(findings, enterprise.keyEnergyUnit());
        LawArticle chosen = proposed.stream()
                .filter(a -> a.authority() == LawArticle.Authority.AGENCY && a.fineMinYuan() != null)
                .findFirst()
                .orElse(proposed.isEmpty() ? null : proposed.getFirst());
        String facts = facts(source, findings);
        PenaltyInsert insert = new PenaltyInsert(
                number(source.agencyId()),
                source.agencyId(),
                enterprise.uscc(),
                enterprise.regionCode(),
                PenaltyRow.REFERRAL,
                source.id(),
                chosen == null ? null : chosen.code(),
                Codes.join(proposed.stream().map(LawArticle::code).toList()),
                enterprise.name(),
                "ORGANISATION",
                enterprise.address(),
                violationType(findings, chosen),
                facts,
                "process",
                time.now());
        penalties.insert(insert);
        for (ReferralMapper.SourceFinding f : findings) {
            penalties.insertFinding(new PenaltyParts.Finding(
                    insert.id, f.findingNo(), f.id(), f.kind(), f.description(), legalBasis(f)));
        }
        for (ReferralMapper.SourceEvidence e : referrals.evidence(source.id())) {
            penalties.insertFile(new PenaltyParts.File(
                    null,
                    insert.id,
                    "EVIDENCE",
                    e.originalName(),
                    e.mediaType(),
                    e.sizeBytes(),
                    e.sha256(),
                    e.storageKey(),
                    e.id(),
                    "process",
                    time.now(),
                    false));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("sourceCase", source.caseNumber());
        detail.put("proposedArticles", insert.proposedArticles);
        detail.put("article", insert.articleCode);
        detail.put("fineMinYuan", chosen == null ? null : chosen.fineMinYuan());
        detail.put("fineMaxYuan", chosen == null ? null : chosen.fineMaxYuan());
        detail.put("findings", findings.size());
        audit.record(null, PenaltyTransitions.ENTITY, insert.id, "PENALTY_REFERRED", "process", null, detail);
        String instance = workflow.startReferred(start(insert));
        penalties.setProcessInstance(insert.id, instance);
        log.warn(
                "P-PENALTY-REFERRED penalty={} number={} case={} article={}",
                insert.id,
                insert.caseNumber,
                source.caseNumber(),
                insert.articleCode);
    }

    /**
     * A violation found otherwise (a complaint, another authority's transfer): opened by hand for an enterprise of the
     * caller's jurisdiction, on a penalty article of 节约能源法.
     *
     * @param enterpriseUscc the party
     * @param articleCode the penalty article (e.g. {@code EL82})
     * @param violationType 违法行为类型
     * @param facts what was found
     */
    public record OpenPenalty(String enterpriseUscc, String articleCode, String violationType, String facts) {}

    @Transactional
    public long open(OpenPenalty command, CurrentUser user) {
        return open(command, user, null);
    }

    /** Opens a case by hand; with an {@code Idempotency-Key} a resend after a lost reply gets the first case again. */
    @Transactional
    public long open(OpenPenalty command, CurrentUser user, String idempotencyKey) {
        return idempotency.once(
                user.username(),
                "penalty.open",
                idempotencyKey,
                command,
                () -> String.valueOf(openNew(command, user)),
                Long::parseLong);
    }

    private long openNew(OpenPenalty command, CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.INSPECTOR) || user.agencyId() == null) {
            throw Refusal.forbidden("只有监察机构的人员可以立案");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<EnterpriseRow> enterprise = Optional.empty();
        if (command.enterpriseUscc() == null || command.enterpriseUscc().isBlank()) {
            errors.add(new FieldError("enterpriseUscc", "必填"));
        } else {
            enterprise = enterprises
                    .findByUscc(command.enterpriseUscc().strip())
                    .filter(e -> user.jurisdiction().coversRegion(e.regionCode()));
            if (enterprise.isEmpty()) {
                errors.add(new FieldError("enterpriseUscc", "企业名录中没有该企业，或不在您的管辖范围内"));
            }
        }
        Optional<LawArticle> article = penaltyArticle(command.articleCode());
        if (article.isEmpty()) {
            errors.add(new FieldError("articleCode", "须为节约能源法的处罚条款（如 EL82、EL83、EL84）"));
        }
        String violationType = text(command.violationType(), "violationType", 2000, errors);
        String facts = text(command.facts(), "facts", 2000, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        EnterpriseRow party = enterprise.orElseThrow();
        PenaltyInsert insert = new PenaltyInsert(
                number(user.agencyId()),
                user.agencyId(),
                party.uscc(),
                party.regionCode(),
                PenaltyRow.MANUAL,
                null,
                article.orElseThrow().code(),
                null,
                party.name(),
                "ORGANISATION",
                party.address(),
                violationType,
                facts,
                user.username(),
                time.now());
        penalties.insert(insert);
        audit.record(
                null,
                PenaltyTransitions.ENTITY,
                insert.id,
                "PENALTY_OPENED",
                user.username(),
                null,
                Map.of("article", insert.articleCode));
        penalties.setProcessInstance(insert.id, workflow.startByHand(start(insert)));
        return insert.id;
    }

    /** A penalty article of the rules' law articles. */
    public static Optional<LawArticle> penaltyArticle(String code) {
        return code == null
                ? Optional.empty()
                : Procedure.standard().article(code.strip()).filter(a -> a.role() == LawArticle.Role.PENALTY);
    }

    private PenaltyStart start(PenaltyInsert insert) {
        return new PenaltyStart(
                insert.id, insert.caseNumber, insert.agencyId, insert.enterpriseUscc, periods.forProcess());
    }

    private String number(long agencyId) {
        Agency agency = agencies.findById(agencyId).orElseThrow();
        return numbers.next(agency, KIND_CASE, time.today().getYear());
    }

    /**
     * The penalty articles the findings rest on (as the case printed them, e.g. 第七十二条), and for a 重点用能单位 that let
     * the deadline pass, Art. 83 first: it refused to rectify as ordered.
     */
    static List<LawArticle> proposedArticles(List<ReferralMapper.SourceFinding> findings, boolean keyEnergyUnit) {
        Set<LawArticle> articles = new LinkedHashSet<>();
        if (keyEnergyUnit) {
            Procedure.standard().article(REFUSED_RECTIFICATION).ifPresent(articles::add);
        }
        List<LawArticle> penaltyArticles = Procedure.standard().articles().stream()
                .filter(a -> a.role() == LawArticle.Role.PENALTY)
                .toList();
        for (ReferralMapper.SourceFinding finding : findings) {
            String printed = finding.penaltyArticle();
            if (printed == null || printed.isBlank()) {
                continue;
            }
            penaltyArticles.stream()
                    .filter(a -> printed.contains(a.article()))
                    .findFirst()
                    .ifPresent(articles::add);
        }
        return List.copyOf(articles);
    }

    private static String violationType(List<ReferralMapper.SourceFinding> findings, LawArticle chosen) {
        if (chosen != null && chosen.code().equals(REFUSED_RECTIFICATION)) {
            return "重点用能单位无正当理由拒不落实整改要求或者整改没有达到要求";
        }
        return findings.isEmpty()
                ? null
                : String.join(
                        "；",
                        findings.stream()
                                .map(ReferralMapper.SourceFinding::description)
                                .toList());
    }

    private static String facts(ReferralMapper.SourceCase source, List<ReferralMapper.SourceFinding> findings) {
        StringBuilder text = new StringBuilder("经节能监察（案件编号 " + source.caseNumber() + "），发现：");
        for (ReferralMapper.SourceFinding f : findings) {
            text.append(f.findingNo()).append(". ").append(f.description()).append("；");
        }
        if (source.rectificationDeadline() != null) {
            text.append("已责令限期整改，整改期限 ").append(source.rectificationDeadline()).append(" 届满，逾期未整改。");
        }
        String facts = text.toString();
        return facts.length() > 2000 ? facts.substring(0, 1999) + "…" : facts;
    }

    private static String legalBasis(ReferralMapper.SourceFinding f) {
        StringBuilder basis = new StringBuilder();
        if (f.standard() != null) {
            basis.append(f.standard());
            if (f.edition() != null && !f.edition().isBlank()) {
                basis.append('-').append(f.edition());
            }
            if (f.clause() != null && !f.clause().isBlank()) {
                basis.append(' ').append(f.clause());
            }
            basis.append('；');
        }
        String text = basis.append(f.lawArticle()).toString();
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "必填"));
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字符（现为 " + value.length() + " 个）"));
            return null;
        }
        return value.strip();
    }
}
