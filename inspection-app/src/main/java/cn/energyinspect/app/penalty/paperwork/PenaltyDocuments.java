package cn.energyinspect.app.penalty.paperwork;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.document.CreditRepairNotice;
import cn.energyinspect.app.document.DocumentHeader;
import cn.energyinspect.app.document.DocumentNumbers;
import cn.energyinspect.app.document.DocumentRenderer;
import cn.energyinspect.app.document.HearingNotice;
import cn.energyinspect.app.document.HearingRecord;
import cn.energyinspect.app.document.NoPenaltyDecision;
import cn.energyinspect.app.document.OfficialDocument;
import cn.energyinspect.app.document.PenaltyDecision;
import cn.energyinspect.app.document.PenaltyNotice;
import cn.energyinspect.app.document.PenaltyRegistration;
import cn.energyinspect.app.document.RenderedDocument;
import cn.energyinspect.app.document.ServiceReceipt;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.penalty.Codes;
import cn.energyinspect.app.penalty.PenaltyAuthorities;
import cn.energyinspect.app.penalty.PenaltyAuthority;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.Procedure;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The documents of a penalty case (立案审批表, 行政处罚事先告知书, 听证通知书, 听证笔录, 行政处罚决定书, 送达回证, 信用修复告知书,
 * 不予行政处罚决定书): filled from the case's data, numbered in each kind's own series ({@link DocumentNumbers}), rendered
 * by the shared renderer, stored content-addressed beside the evidence, and recorded with their SHA-256. The issuing
 * body printed is the 处罚机关 the agency decides as.
 */
@Component
public class PenaltyDocuments {
    public static final String REGISTRATION = "PENALTY_REGISTRATION";
    public static final String NOTICE = "PENALTY_NOTICE";
    public static final String HEARING_NOTICE = "HEARING_NOTICE";
    public static final String HEARING_RECORD = "HEARING_RECORD";
    public static final String DECISION = "PENALTY_DECISION";
    public static final String SERVICE_RECEIPT = "SERVICE_RECEIPT";
    public static final String CREDIT_REPAIR_NOTICE = "CREDIT_REPAIR_NOTICE";
    public static final String NO_PENALTY_DECISION = "NO_PENALTY_DECISION";

    private final DocumentRenderer renderer;
    private final DocumentNumbers numbers;
    private final PenaltyMapper penalties;
    private final AgencyMapper agencies;
    private final PenaltyAuthorities authorities;
    private final EvidenceStore store;
    private final BusinessTime time;

    PenaltyDocuments(
            DocumentRenderer renderer,
            DocumentNumbers numbers,
            PenaltyMapper penalties,
            AgencyMapper agencies,
            PenaltyAuthorities authorities,
            EvidenceStore store,
            BusinessTime time) {
        this.renderer = renderer;
        this.numbers = numbers;
        this.penalties = penalties;
        this.agencies = agencies;
        this.authorities = authorities;
        this.store = store;
        this.time = time;
    }

    /** The next 文号 of {@code kind} for the case's agency (inside the issuing transaction). */
    public String number(PenaltyRow row, String kind, LocalDate on) {
        Agency agency = agencies.findById(row.agencyId()).orElseThrow();
        return numbers.next(agency, kind, on.getYear());
    }

    public PenaltyParts.Document registration(PenaltyRow row, String proposedBy, String approvedBy, String opinion) {
        LocalDate today = time.today();
        String number = number(row, REGISTRATION, today);
        LawArticle article = article(row);
        return issue(
                row,
                new PenaltyRegistration(
                        header(row, number, today),
                        row.caseNumber(),
                        PenaltyRow.REFERRAL.equals(row.source()) ? "节能监察移送" : "直接立案（其他途径发现）",
                        row.legalRepresentative(),
                        orDash(row.facts()),
                        article.citation() + "：" + article.title(),
                        proposedBy,
                        approvedBy,
                        opinion),
                null,
                row.openedBy());
    }

    /** 行政处罚事先告知书, issued and served on {@code servedOn}. */
    public PenaltyParts.Document notice(
            PenaltyRow row,
            LocalDate servedOn,
            LocalDate statementDeadline,
            LocalDate hearingDeadline,
            String contactPerson,
            String by) {
        String number = number(row, NOTICE, servedOn);
        LawArticle article = article(row);
        return issue(
                row,
                new PenaltyNotice(
                        header(row, number, servedOn),
                        row.legalRepresentative(),
                        orDash(row.facts()),
                        evidence(row),
                        violated(row, article),
                        article.citation(),
                        intendedPenalty(row),
                        statementDeadline,
                        hearingDeadline,
                        contactPerson,
                        phone(row)),
                servedOn,
                by);
    }

    public PenaltyParts.Document hearingNotice(
            PenaltyRow row,
            LocalDate servedOn,
            Instant hearingAt,
            String place,
            String host,
            boolean publicHearing,
            String contactPerson,
            String by) {
        String number = number(row, HEARING_NOTICE, servedOn);
        return issue(
                row,
                new HearingNotice(
                        header(row, number, servedOn),
                        "处罚案件 " + row.caseNumber(),
                        time.local(hearingAt).toLocalDateTime(),
                        place,
                        host,
                        publicHearing,
                        contactPerson,
                        phone(row)),
                servedOn,
                by);
    }

    public PenaltyParts.Document hearingRecord(
            PenaltyRow row,
            Instant heldAt,
            String place,
            String host,
            String attendees,
            String record,
            String report,
            String by) {
        LocalDate on = time.dateOf(heldAt);
        String number = number(row, HEARING_RECORD, on);
        return issue(
                row,
                new HearingRecord(
                        header(row, number, on),
                        "处罚案件 " + row.caseNumber(),
                        time.local(heldAt).toLocalDateTime(),
                        place,
                        host,
                        attendees,
                        record,
                        report),
                null,
                by);
    }

    /** 行政处罚决定书 and 信用修复告知书, issued together (两书同达). */
    public List<PenaltyParts.Document> decision(PenaltyRow row, PenaltyParts.Decision decision, String by) {
        PenaltyAuthority authority = authorities.of(row.agencyId());
        LawArticle article = article(row);
        PenaltyParts.Document decisionDocument = issue(
                row,
                new PenaltyDecision(
                        header(row, decision.decisionNumber(), decision.decidedOn()),
                        row.legalRepresentative(),
                        orDash(row.facts()),
                        evidence(row),
                        violated(row, article),
                        decision.legalBasis(),
                        decision.kindList().stream()
                                .map(k -> DisplayNames.of(DisplayNames.Category.PENALTY_KIND, k))
                                .toList(),
                        decision.content(),
                        decision.fineYuan(),
                        decision.reasons(),
                        authority.paymentPlace(),
                        authority.reconsiderationBody(),
                        authority.court()),
                null,
                by);
        String repairNumber = number(row, CREDIT_REPAIR_NOTICE, decision.decidedOn());
        PenaltyParts.Document repairNotice = issue(
                row,
                new CreditRepairNotice(
                        header(row, repairNumber, decision.decidedOn()),
                        decision.decisionNumber(),
                        decision.regimeName(),
                        DisplayNames.of(DisplayNames.Category.SEVERITY_TIER, decision.severityTier()),
                        decision.published(),
                        decision.publicUntil(),
                        decision.repairFrom(),
                        "“信用中国”网站信用修复窗口，或本机关（" + authority.name() + "）"),
                null,
                by);
        return List.of(decisionDocument, repairNotice);
    }

    /** 送达回证 of the documents of {@code kinds} not yet served. */
    public PenaltyParts.Document serviceReceipt(
            PenaltyRow row,
            List<String> kinds,
            LocalDate servedOn,
            String method,
            String place,
            String recipient,
            List<String> servers,
            String by) {
        List<ServiceReceipt.Served> served = penalties.documents(row.id()).stream()
                .filter(d -> kinds.contains(d.kind()) && d.servedOn() == null)
                .map(d -> new ServiceReceipt.Served(
                        DisplayNames.of(DisplayNames.Category.DOCUMENT_KIND, d.kind()), d.documentNumber()))
                .toList();
        if (served.isEmpty()) {
            throw new IllegalStateException("nothing to serve of " + kinds + " in penalty " + row.id());
        }
        LocalDate today = time.today();
        String number = number(row, SERVICE_RECEIPT, today);
        PenaltyParts.Document receipt = issue(
                row,
                new ServiceReceipt(
                        header(row, number, today),
                        "处罚案件 " + row.caseNumber(),
                        recipient,
                        served,
                        servedOn,
                        method,
                        place,
                        servers),
                servedOn,
                by);
        penalties.serveDocuments(row.id(), kinds, servedOn);
        return receipt;
    }

    public PenaltyParts.Document noPenaltyDecision(PenaltyRow row, String reasons, String basis, String by) {
        LocalDate today = time.today();
        String number = number(row, NO_PENALTY_DECISION, today);
        PenaltyAuthority authority = authorities.of(row.agencyId());
        return issue(
                row,
                new NoPenaltyDecision(
                        header(row, number, today),
                        row.legalRepresentative(),
                        orDash(row.facts()),
                        reasons,
                        basis,
                        authority.reconsiderationBody(),
                        authority.court()),
                null,
                by);
    }

    /** The stored PDF of a document of the case. */
    public record Download(InputStream content, String fileName, long sizeBytes) {}

    public Download download(PenaltyRow row, long documentId) {
        PenaltyParts.Document document =
                penalties.document(row.id(), documentId).orElseThrow(() -> Refusal.notFound("文书"));
        return new Download(
                store.open(document.storageKey()),
                DisplayNames.of(DisplayNames.Category.DOCUMENT_KIND, document.kind()) + "-" + document.documentNumber()
                        + ".pdf",
                document.sizeBytes());
    }

    private PenaltyParts.Document issue(PenaltyRow row, OfficialDocument document, LocalDate servedOn, String by) {
        RenderedDocument rendered = renderer.render(document);
        StoredEvidence stored = store.store(new ByteArrayInputStream(rendered.pdf()), rendered.fileName());
        PenaltyParts.Document issued = new PenaltyParts.Document(
                null,
                row.id(),
                rendered.kind().name(),
                rendered.documentNumber(),
                stored.storageKey(),
                stored.sha256(),
                stored.sizeBytes(),
                document.header().issuedOn(),
                servedOn,
                by,
                null);
        penalties.insertDocument(issued);
        return penalties.documents(row.id()).getLast();
    }

    private DocumentHeader header(PenaltyRow row, String number, LocalDate issuedOn) {
        PenaltyAuthority authority = authorities.of(row.agencyId());
        return new DocumentHeader(
                authority.name(),
                number,
                issuedOn,
                row.partyName(),
                row.enterpriseUscc(),
                row.partyAddress() == null || row.partyAddress().isBlank() ? "—" : row.partyAddress());
    }

    /** 主要证据: the investigation's list, else the findings carried over and the files of the case. */
    private List<String> evidence(PenaltyRow row) {
        List<String> lines = new ArrayList<>();
        if (row.evidenceSummary() != null && !row.evidenceSummary().isBlank()) {
            row.evidenceSummary()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .forEach(lines::add);
        }
        if (lines.isEmpty()) {
            penalties.findings(row.id()).forEach(f -> lines.add("监察发现：" + f.description()));
            penalties.files(row.id()).stream()
                    .filter(f -> "EVIDENCE".equals(f.purpose()))
                    .forEach(f -> lines.add("证据材料：" + f.originalName()));
        }
        if (lines.isEmpty()) {
            lines.add("调查笔录及相关材料");
        }
        return lines;
    }

    private String violated(PenaltyRow row, LawArticle penalty) {
        List<String> bases = penalties.findings(row.id()).stream()
                .map(PenaltyParts.Finding::legalBasis)
                .distinct()
                .toList();
        return bases.isEmpty() ? penalty.citation() : String.join("；", bases);
    }

    private static String intendedPenalty(PenaltyRow row) {
        if (row.intendedContent() != null && !row.intendedContent().isBlank()) {
            return row.intendedContent();
        }
        List<String> names = Codes.split(row.intendedKinds()).stream()
                .map(k -> DisplayNames.of(DisplayNames.Category.PENALTY_KIND, k))
                .toList();
        String kinds = names.isEmpty() ? "行政处罚" : String.join("、", names);
        return row.intendedFineYuan() == null ? kinds : kinds + "人民币" + row.intendedFineYuan() + "元";
    }

    private static LawArticle article(PenaltyRow row) {
        return Procedure.standard()
                .article(row.articleCode())
                .orElseThrow(() -> new IllegalStateException("penalty " + row.id() + " has no article"));
    }

    private String phone(PenaltyRow row) {
        return agencies.phone(row.agencyId()).filter(p -> !p.isBlank()).orElse("见本机关公示电话");
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
