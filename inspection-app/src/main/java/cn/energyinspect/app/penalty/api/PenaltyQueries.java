package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.audit.AuditEntry;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.app.penalty.Codes;
import cn.energyinspect.app.penalty.PenaltyAccess;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyQuery;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyStatus;
import cn.energyinspect.app.penalty.credit.CreditMapper;
import cn.energyinspect.app.penalty.credit.CreditRecords;
import cn.energyinspect.app.penalty.steps.DecisionForms;
import cn.energyinspect.app.penalty.steps.PenaltyTasks;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.credit.PenaltyRecords;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import cn.energyinspect.rules.procedure.Procedure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of penalty cases for the pages: the list with its filters, a case with everything on it, the precedents of a
 * decision, the audit trail, the dashboard's figures. Jurisdiction as everywhere (another region's case is a 404, an
 * enterprise sees only its own, and only from the 告知书 on).
 */
@Service
public class PenaltyQueries {
    private final PenaltyMapper penalties;
    private final CreditMapper credit;
    private final CreditRecords records;
    private final PenaltyAccess access;
    private final PenaltyTasks tasks;
    private final PenaltyPeriods periods;
    private final DecisionForms forms;
    private final BusinessTime time;
    private final UserDirectory users;

    PenaltyQueries(
            PenaltyMapper penalties,
            CreditMapper credit,
            CreditRecords records,
            PenaltyAccess access,
            PenaltyTasks tasks,
            PenaltyPeriods periods,
            DecisionForms forms,
            BusinessTime time,
            UserDirectory users) {
        this.users = users;
        this.penalties = penalties;
        this.credit = credit;
        this.records = records;
        this.access = access;
        this.tasks = tasks;
        this.periods = periods;
        this.forms = forms;
        this.time = time;
    }

    /** Filters of the list (all optional). */
    public record Filters(String status, String article, String publication, String enterprise, int page, int size) {}

    @Transactional(readOnly = true)
    public PenaltyView.Page list(Filters filters, CurrentUser user) {
        if (filters.page() < 0 || filters.size() < 1 || filters.size() > 200) {
            throw Refusal.invalid(filters.page() < 0 ? "page" : "size", filters.page() < 0 ? "不能为负数" : "须在 1 至 200 之间");
        }
        PenaltyStatus status = null;
        if (filters.status() != null && !filters.status().isBlank()) {
            try {
                status = PenaltyStatus.valueOf(filters.status());
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("status", "不是处罚案件的状态：" + filters.status());
            }
        }
        if (filters.article() != null
                && !filters.article().isBlank()
                && Procedure.standard().article(filters.article()).isEmpty()) {
            throw Refusal.invalid("article", "不是节约能源法的条款代码：" + filters.article());
        }
        if (filters.publication() != null
                && !filters.publication().isBlank()
                && !DisplayNames.knows(Category.PUBLICATION_STATUS, filters.publication())) {
            throw Refusal.invalid("publication", "不是公示状态：" + filters.publication());
        }
        PenaltyQuery query = new PenaltyQuery(
                user.jurisdiction().regionPrefix(),
                user.jurisdiction().enterpriseUscc(),
                status,
                blank(filters.article()),
                blank(filters.publication()),
                blank(filters.enterprise()),
                filters.size(),
                filters.page() * filters.size());
        List<PenaltyRow> rows = penalties.list(query);
        Map<Long, CreditMapper.Publication> publications = rows.isEmpty()
                ? Map.of()
                : credit.publications(rows.stream().map(PenaltyRow::id).toList()).stream()
                        .collect(Collectors.toMap(CreditMapper.Publication::penaltyId, Function.identity()));
        List<PenaltyView.ListItem> items = rows.stream()
                .filter(row -> user.role() != Role.ENTERPRISE || shownToParty(row))
                .map(row -> listItem(row, publications.get(row.id())))
                .toList();
        return new PenaltyView.Page(items, filters.page(), filters.size(), penalties.count(query));
    }

    @Transactional(readOnly = true)
    public PenaltyView detail(long id, CurrentUser user) {
        PenaltyRow row = access.visible(id, user);
        boolean party = user.role() == Role.ENTERPRISE;
        if (party && !shownToParty(row)) {
            throw Refusal.notFound("处罚案件");
        }
        Optional<PenaltyParts.Decision> decision = penalties.decision(id);
        Optional<CreditMapper.Publication> publication = credit.publication(id);
        return new PenaltyView(
                row.id(),
                row.caseNumber(),
                row.status(),
                row.status().label(),
                row.source(),
                DisplayNames.of(Category.PENALTY_SOURCE, row.source()),
                party ? null : row.sourceCaseId(),
                new PenaltyView.Party(
                        row.partyName(),
                        row.enterpriseUscc(),
                        row.partyCategory(),
                        DisplayNames.of(Category.PARTY_CATEGORY, row.partyCategory()),
                        row.legalRepresentative(),
                        row.legalRepresentativeIdNumber() != null,
                        row.partyAddress()),
                article(row.articleCode()),
                party
                        ? List.of()
                        : Codes.split(row.proposedArticles()).stream()
                                .map(PenaltyQueries::article)
                                .toList(),
                row.violationType(),
                row.facts(),
                row.evidenceSummary() == null
                        ? List.of()
                        : row.evidenceSummary().lines().toList(),
                penalties.findings(id).stream()
                        .map(f -> new PenaltyView.Finding(
                                f.findingNo(),
                                f.kind(),
                                DisplayNames.of(Category.FINDING_KIND, f.kind()),
                                f.description(),
                                f.legalBasis()))
                        .toList(),
                penalties.files(id).stream()
                        .filter(f -> !party || f.uploadedBy().equals(user.username()))
                        .map(f -> new PenaltyView.FileItem(
                                f.id(),
                                f.purpose(),
                                DisplayNames.of(Category.PENALTY_FILE_PURPOSE, f.purpose()),
                                f.originalName(),
                                f.mediaType(),
                                f.sizeBytes(),
                                f.sha256()))
                        .toList(),
                row.registeredOn(),
                row.decisionLimitOn(),
                row.decisionEscalated(),
                row.decisionLate(),
                party ? null : review(row),
                notice(row),
                penalties.statements(id).stream()
                        .map(s -> new PenaltyView.Statement(s.text(), s.waived(), s.submittedAt()))
                        .toList(),
                penalties.hearing(id).map(this::hearing).orElse(null),
                decision.map(this::decision).orElse(null),
                service(row, decision.orElse(null)),
                penalties.payments(id).stream()
                        .map(p -> new PenaltyView.Payment(
                                p.id(),
                                p.amountYuan(),
                                p.surchargeYuan(),
                                p.paidOn(),
                                p.receiptNumber(),
                                p.proofFileId(),
                                p.submittedAt(),
                                p.confirmed(),
                                p.confirmedAt()))
                        .toList(),
                publication.map(PenaltyQueries::publication).orElse(null),
                credit.repairs(id).stream()
                        .map(r -> new PenaltyView.Repair(
                                r.id(),
                                r.status(),
                                DisplayNames.of(Category.REPAIR_STATUS, r.status()),
                                r.commitment(),
                                r.reviewOpinionNumber(),
                                r.requestedAt(),
                                r.dueOn(),
                                r.decidedAt(),
                                r.reasons(),
                                r.late()))
                        .toList(),
                party
                        ? List.of()
                        : credit.outboxOf(id).stream()
                                .map(o -> new PenaltyView.Push(
                                        o.id(),
                                        o.action(),
                                        DisplayNames.of(Category.CREDIT_PUSH, o.action()),
                                        o.createdAt(),
                                        o.attempts(),
                                        o.parked(),
                                        o.lastError(),
                                        o.deliveredAt(),
                                        o.receipt()))
                                .toList(),
                penalties.changes(id).stream()
                        .map(c -> new PenaltyView.Change(
                                c.kind(),
                                DisplayNames.of(Category.DECISION_CHANGE, c.kind()),
                                c.reason(),
                                c.instrument(),
                                c.changedOn(),
                                c.withdrawalDueOn(),
                                c.late(),
                                c.recordedAt()))
                        .toList(),
                penalties.documents(id).stream()
                        .filter(d -> !party || !"PENALTY_REGISTRATION".equals(d.kind()))
                        .map(d -> new PenaltyView.DocumentItem(
                                d.id(),
                                d.kind(),
                                DisplayNames.of(Category.DOCUMENT_KIND, d.kind()),
                                d.documentNumber(),
                                d.issuedOn(),
                                d.servedOn(),
                                d.sha256()))
                        .toList(),
                tasks.openSteps(id),
                row.outcome(),
                row.outcome() == null ? null : DisplayNames.of(Category.PENALTY_OUTCOME, row.outcome()),
                party ? null : row.closingReason(),
                row.transferBody(),
                row.openedAt(),
                row.closedAt(),
                party
                        ? Map.of()
                        : users.displayNames(penalties.audit(row.id()).stream()
                                .map(AuditEntry::actor)
                                .toList()));
    }

    /** The agency's earlier decisions on the same article, with their amounts. */
    @Transactional(readOnly = true)
    public DecisionForms.Form precedents(long id, CurrentUser user) {
        PenaltyRow row = access.visible(id, user);
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.notFound("处罚案件");
        }
        return forms.form(row);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> audit(long id, CurrentUser user) {
        PenaltyRow row = access.visible(id, user);
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.notFound("处罚案件");
        }
        return penalties.audit(row.id());
    }

    /**
     * The dashboard's penalty figures for the caller's region.
     *
     * @param byArticle decisions and fines per article
     * @param publication ON_TIME, LATE, PENDING, NOT_PUBLISHED counts
     * @param delays publication delay (working days from the decision) → how many records
     * @param repairs PENDING, ACCEPTED, REFUSED counts
     */
    public record Statistics(
            List<ArticleFigure> byArticle,
            long decisions,
            long fineYuan,
            Map<String, Long> publication,
            Map<Integer, Long> delays,
            Map<String, Long> repairs,
            Map<String, String> names) {}

    public record ArticleFigure(String articleCode, String article, long decisions, long fineYuan) {}

    @Transactional(readOnly = true)
    public Statistics statistics(LocalDate from, LocalDate to, CurrentUser user) {
        if (user.role() == Role.ENTERPRISE || user.role() == Role.INSPECTOR) {
            throw Refusal.forbidden("统计分析仅供科室负责人、管理员和监督员查看");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw Refusal.invalid("from", "开始日期不能晚于结束日期");
        }
        String prefix = user.jurisdiction().regionPrefix();
        List<ArticleFigure> byArticle = credit.decisionsByArticle(prefix, from, to).stream()
                .map(a -> new ArticleFigure(
                        a.articleCode(),
                        Procedure.standard()
                                .article(a.articleCode())
                                .map(LawArticle::citation)
                                .orElse(a.articleCode()),
                        a.decisions(),
                        a.fineYuan() == null ? 0 : a.fineYuan()))
                .toList();
        Map<String, Long> publication = credit.publicationsByTimeliness(prefix, from, to).stream()
                .collect(Collectors.toMap(CreditMapper.StatusCount::status, CreditMapper.StatusCount::count));
        Map<Integer, Long> delays = credit.publicationDelays(prefix, from, to).stream()
                .collect(Collectors.groupingBy(d -> d, java.util.TreeMap::new, Collectors.counting()));
        Map<String, Long> repairs = credit.repairsByStatus(prefix, from, to).stream()
                .collect(Collectors.toMap(CreditMapper.StatusCount::status, CreditMapper.StatusCount::count));
        return new Statistics(
                byArticle,
                byArticle.stream().mapToLong(ArticleFigure::decisions).sum(),
                byArticle.stream().mapToLong(ArticleFigure::fineYuan).sum(),
                publication,
                delays,
                repairs,
                Map.of(
                        "ON_TIME", "按期公示",
                        "LATE", "逾期公示",
                        "PENDING", "待公示",
                        "NOT_PUBLISHED", "不予公示（轻微）",
                        "ACCEPTED", DisplayNames.of(Category.REPAIR_STATUS, "ACCEPTED"),
                        "REFUSED", DisplayNames.of(Category.REPAIR_STATUS, "REFUSED"),
                        "PENDING_REPAIR", DisplayNames.of(Category.REPAIR_STATUS, "PENDING")));
    }

    /** An enterprise sees its case once it has been told of it (the 告知书 served), or was told of a 不予处罚. */
    static boolean shownToParty(PenaltyRow row) {
        return row.noticeServedOn() != null || row.status() == PenaltyStatus.NO_PENALTY;
    }

    private PenaltyView.ListItem listItem(PenaltyRow row, CreditMapper.Publication publication) {
        Optional<PenaltyParts.Decision> decision = row.status().decided() || row.status() == PenaltyStatus.REVOKED
                ? penalties.decision(row.id())
                : Optional.empty();
        return new PenaltyView.ListItem(
                row.id(),
                row.caseNumber(),
                row.status(),
                row.status().label(),
                row.partyName(),
                row.enterpriseUscc(),
                row.articleCode(),
                row.articleCode() == null
                        ? null
                        : Procedure.standard()
                                .article(row.articleCode())
                                .map(LawArticle::citation)
                                .orElse(null),
                decision.map(PenaltyParts.Decision::fineYuan).orElse(null),
                decision.map(PenaltyParts.Decision::decidedOn).orElse(null),
                publication == null ? null : publication.status(),
                publication == null ? null : DisplayNames.of(Category.PUBLICATION_STATUS, publication.status()),
                row.decisionLate() || row.serviceLate() || (publication != null && publication.late()),
                row.openedAt());
    }

    static PenaltyView.Article article(String code) {
        if (code == null) {
            return null;
        }
        return Procedure.standard()
                .article(code)
                .map(a -> new PenaltyView.Article(
                        a.code(),
                        a.citation(),
                        a.title(),
                        a.authority() == null
                                ? null
                                : DisplayNames.of(
                                        Category.PENALTY_AUTHORITY,
                                        a.authority().name()),
                        a.fineMinYuan(),
                        a.fineMaxYuan()))
                .orElse(null);
    }

    private static PenaltyView.Review review(PenaltyRow row) {
        if (row.reviewOutcome() == null) {
            return null;
        }
        return new PenaltyView.Review(
                row.reviewOutcome(),
                DisplayNames.of(Category.PENALTY_REVIEW_OUTCOME, row.reviewOutcome()),
                row.reviewOpinion(),
                row.collectiveDiscussion(),
                named(row.intendedKinds()),
                row.intendedFineYuan(),
                row.intendedContent());
    }

    private PenaltyView.Notice notice(PenaltyRow row) {
        if (row.noticeServedOn() == null) {
            return null;
        }
        boolean thresholdUnconfirmed = row.hearingOffered()
                && periods
                        .rules()
                        .hearing(
                                row.regionCode(),
                                PenaltyProcedure.PartyType.ORGANISATION,
                                row.intendedKindList(),
                                row.intendedFineYuan())
                        .basis()
                        .stream()
                        .anyMatch(b -> b.unconfirmed());
        return new PenaltyView.Notice(
                row.noticeServedOn(),
                row.statementDeadline(),
                periods.settings().statementWorkingDays(),
                periods.period(PenaltyProcedure.STATEMENT_WORKING_DAYS).unconfirmed(),
                row.hearingOffered(),
                row.hearingDeadline(),
                thresholdUnconfirmed);
    }

    private PenaltyView.Hearing hearing(PenaltyParts.Hearing h) {
        return new PenaltyView.Hearing(
                h.requestedAt(),
                h.requestReason(),
                h.scheduledAt(),
                h.place(),
                h.host() == null ? null : "听证主持人",
                h.publicHearing(),
                h.noticeServedOn(),
                h.heldAt(),
                h.attendees(),
                h.report());
    }

    private PenaltyView.Decision decision(PenaltyParts.Decision d) {
        Map<String, String> values = records.values(d.recordJson());
        List<PenaltyView.RecordField> record = PenaltyRecords.standard().fields().stream()
                .filter(f -> f.published() || !f.code().endsWith("ZJHM"))
                .map(f -> new PenaltyView.RecordField(
                        f.code(), f.name(), values.getOrDefault(f.code(), ""), f.published()))
                .toList();
        return new PenaltyView.Decision(
                d.decisionNumber(),
                named(d.kinds()),
                d.fineYuan(),
                d.confiscatedYuan(),
                d.licence(),
                d.content(),
                d.reasons(),
                d.legalBasis(),
                d.severityTier(),
                DisplayNames.of(Category.SEVERITY_TIER, d.severityTier()),
                d.suggestedTier(),
                DisplayNames.of(Category.SEVERITY_TIER, d.suggestedTier()),
                d.tierReason(),
                d.published(),
                d.regimeName(),
                d.repairFrom(),
                d.publicUntil(),
                d.validUntil(),
                d.decidedOn(),
                d.amended(),
                record);
    }

    private PenaltyView.Service service(PenaltyRow row, PenaltyParts.Decision decision) {
        if (row.decisionServedOn() == null) {
            return null;
        }
        Long days = null;
        BigDecimal amount = null;
        boolean capped = false;
        boolean paid = penalties.payments(row.id()).stream().anyMatch(PenaltyParts.Payment::confirmed);
        if (decision != null && decision.fineYuan() != null && row.paymentDueOn() != null && !paid) {
            PenaltyProcedure.Surcharge surcharge =
                    periods.rules().surcharge(decision.fineYuan(), row.paymentDueOn(), time.today(), 0);
            days = surcharge.days();
            amount = surcharge.amountYuan();
            capped = surcharge.capped();
        }
        return new PenaltyView.Service(
                row.decisionServedOn(),
                row.serviceLate(),
                row.paymentDueOn(),
                row.challengePeriodEnds(),
                row.paymentOverdue(),
                days,
                amount,
                capped);
    }

    private static PenaltyView.Publication publication(CreditMapper.Publication p) {
        return new PenaltyView.Publication(
                p.status(),
                DisplayNames.of(Category.PUBLICATION_STATUS, p.status()),
                p.decidedOn(),
                p.dueOn(),
                p.publishedOn(),
                p.delayWorkingDays(),
                p.escalated(),
                p.late(),
                p.repairFrom(),
                p.publicUntil(),
                p.endedOn(),
                p.endReason(),
                p.endReason() == null ? null : DisplayNames.of(Category.PUBLICATION_END, p.endReason()),
                p.withdrawalReason());
    }

    private static List<PenaltyView.Named> named(String kinds) {
        return Codes.split(kinds).stream()
                .map(k -> new PenaltyView.Named(k, DisplayNames.of(Category.PENALTY_KIND, k)))
                .toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
