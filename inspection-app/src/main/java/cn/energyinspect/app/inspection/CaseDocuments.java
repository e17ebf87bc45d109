package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.document.DocumentHeader;
import cn.energyinspect.app.document.DocumentNumbers;
import cn.energyinspect.app.document.DocumentRenderer;
import cn.energyinspect.app.document.EnterpriseRepresentative;
import cn.energyinspect.app.document.EvidenceLine;
import cn.energyinspect.app.document.FindingLine;
import cn.energyinspect.app.document.InspectionNotice;
import cn.energyinspect.app.document.Inspector;
import cn.energyinspect.app.document.OfficialDocument;
import cn.energyinspect.app.document.RecordedFinding;
import cn.energyinspect.app.document.RectificationNotice;
import cn.energyinspect.app.document.RenderedDocument;
import cn.energyinspect.app.document.ReviewLine;
import cn.energyinspect.app.document.ReviewOpinion;
import cn.energyinspect.app.document.ReviewResult;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.time.BusinessTime;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The enforcement documents of a case (节能监察通知书, 现场监察笔录, 限期整改通知书, 整改复查意见书), filled from the
 * case's data of one round, numbered in each kind's own series, rendered as PDF, stored content-addressed beside the
 * evidence, and recorded with their SHA-256. A draft notice has no number and no stored PDF; its approver reads a
 * rendering of it before approving ({@link #preview}).
 */
@Component
class CaseDocuments {
    static final String INSPECTION_NOTICE = "INSPECTION_NOTICE";
    static final String ON_SITE_RECORD = "ON_SITE_RECORD";
    static final String RECTIFICATION_NOTICE = "RECTIFICATION_NOTICE";
    static final String REVIEW_OPINION = "REVIEW_OPINION";
    /** Statuses of a rectification notice before it is served: readable by the agency as a preview, never stored. */
    static final Set<String> UNISSUED = Set.of("DRAFT", "RETURNED", "APPROVED");

    private final DocumentRenderer renderer;
    private final DocumentMapper documents;
    private final DocumentNumbers numbers;
    private final CaseMapper cases;
    private final FindingMapper findings;
    private final ReviewMapper reviews;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;
    private final RegionMapper regions;
    private final Checklists checklists;
    private final RecordContents contents;
    private final EvidenceStore store;
    private final BusinessTime time;

    CaseDocuments(
            DocumentRenderer renderer,
            DocumentMapper documents,
            DocumentNumbers numbers,
            CaseMapper cases,
            FindingMapper findings,
            ReviewMapper reviews,
            AgencyMapper agencies,
            EnterpriseMapper enterprises,
            RegionMapper regions,
            Checklists checklists,
            RecordContents contents,
            EvidenceStore store,
            BusinessTime time) {
        this.renderer = renderer;
        this.documents = documents;
        this.numbers = numbers;
        this.cases = cases;
        this.findings = findings;
        this.reviews = reviews;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.regions = regions;
        this.checklists = checklists;
        this.contents = contents;
        this.store = store;
        this.time = time;
    }

    DocumentRow serveInspectionNotice(CaseRow row, LocalDate servedOn, String by) {
        Agency agency = agency(row);
        String number = numbers.next(agency, INSPECTION_NOTICE, servedOn.getYear());
        InspectionNotice notice = new InspectionNotice(
                header(row, agency, number, servedOn),
                null,
                row.inspectionType().mode(),
                List.of("《中华人民共和国节约能源法》第十二条", "《工业节能监察办法》"),
                List.of("能源管理制度及能源利用状况报告执行情况", "单位产品能耗限额标准执行情况", "用能设备能效及淘汰落后设备情况"),
                row.visitDate().atTime(9, 0),
                null,
                null,
                List.of("请准备近一年能源消费台账、能源计量器具检定记录和主要用能设备清单", "请安排熟悉情况的负责人陪同检查"),
                inspectors(row),
                leaderName(row),
                agencyPhone(row));
        DocumentRow issued = issue(row, notice, number, servedOn, by);
        // a notice for an earlier date of this round, superseded when the visit was moved, now points to its successor
        documents.ofCase(row.id()).stream()
                .filter(d -> d.round() == row.currentRound()
                        && INSPECTION_NOTICE.equals(d.kind())
                        && "SUPERSEDED".equals(d.status())
                        && d.supersededBy() == null)
                .forEach(d -> documents.supersede(d.id(), issued.id()));
        return issued;
    }

    /**
     * 书面监察通知书: the notice of a desk review, naming its basis, what it examines, the documents the enterprise must
     * send and the day they are due (no minimum period, credit-and-documents.md B3.0).
     */
    DocumentRow serveDeskNotice(
            CaseRow row,
            LocalDate servedOn,
            List<String> legalBasis,
            List<String> content,
            List<String> requirements,
            LocalDate answerDue,
            String by) {
        Agency agency = agency(row);
        String number = numbers.next(agency, INSPECTION_NOTICE, servedOn.getYear());
        InspectionNotice notice = new InspectionNotice(
                header(row, agency, number, servedOn),
                null,
                row.inspectionType().mode(),
                legalBasis,
                content,
                servedOn.atTime(9, 0),
                answerDue,
                null,
                requirements,
                inspectors(row),
                leaderName(row),
                agencyPhone(row));
        return issue(row, notice, number, servedOn, by);
    }

    /** Marks the round's served inspection notice superseded (the visit moved); it stays on file. */
    void supersedeInspectionNotice(CaseRow row) {
        documents
                .latest(row.id(), row.currentRound(), INSPECTION_NOTICE)
                .filter(d -> "SERVED".equals(d.status()))
                .ifPresent(d -> documents.supersede(d.id(), null));
    }

    DocumentRow issueOnSiteRecord(CaseRow row, OnSiteRecord record, List<EvidenceLine> evidence, String by) {
        ChecklistTemplate template = checklists.template(row);
        List<FindingRow> found = findings.ofRound(row.id(), record.round());
        LocalDate on = time.dateOf(record.endedAt());
        RecordContents.Contents parts = contents.of(template, checklists.answers(row.id(), record.round()), found, on);
        Agency agency = agency(row);
        String number = numbers.next(agency, ON_SITE_RECORD, on.getYear());
        cn.energyinspect.app.document.OnSiteRecord document = new cn.energyinspect.app.document.OnSiteRecord(
                header(row, agency, number, on),
                record.round(),
                time.local(record.startedAt()).toLocalDateTime(),
                time.local(record.endedAt()).toLocalDateTime(),
                record.place(),
                inspectors(row),
                new EnterpriseRepresentative(record.enterpriseRepresentative(), "现场负责人", null),
                parts.checklist(),
                parts.meterReadings(),
                parts.equipment(),
                found.stream()
                        .map(f -> new RecordedFinding(f.findingNo(), f.description(), f.legalBasis()))
                        .toList(),
                parts.remarks(),
                evidence,
                record.representativeSigned() ? null : record.refusalReason());
        return issue(row, document, number, on, by);
    }

    DocumentRow draftRectificationNotice(CaseRow row, String by) {
        DocumentRow draft = new DocumentRow(
                null,
                row.id(),
                row.currentRound(),
                RECTIFICATION_NOTICE,
                null,
                "DRAFT",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                by);
        documents.insert(draft);
        return documents
                .latest(row.id(), row.currentRound(), RECTIFICATION_NOTICE)
                .orElseThrow();
    }

    /**
     * The draft, returned or approved rectification notice as it would be served today, for its approver to read: the
     * number is not allocated yet and nothing is stored.
     */
    Download preview(CaseRow row, DocumentRow draft) {
        LocalDate today = time.today();
        RectificationNotice notice = rectificationNotice(row, draft.round(), "（审批稿，送达时编号）", today);
        RenderedDocument rendered = renderer.render(notice);
        return new Download(
                new ByteArrayInputStream(rendered.pdf()),
                "限期整改通知书-审批稿-" + row.caseNumber() + ".pdf",
                rendered.pdf().length);
    }

    /** Serves the approved notice of the current round: numbered, rendered and stored now. */
    DocumentRow serveRectificationNotice(CaseRow row, LocalDate servedOn, String by) {
        DocumentRow approved = documents
                .latest(row.id(), row.currentRound(), RECTIFICATION_NOTICE)
                .filter(d -> "APPROVED".equals(d.status()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "整改通知书尚未批准"));
        String number = numbers.next(agency(row), RECTIFICATION_NOTICE, servedOn.getYear());
        RenderedDocument rendered = renderer.render(rectificationNotice(row, row.currentRound(), number, servedOn));
        StoredEvidence stored = store.store(new ByteArrayInputStream(rendered.pdf()), rendered.fileName());
        documents.setServed(
                approved.id(), number, servedOn, stored.storageKey(), stored.sha256(), stored.sizeBytes(), by);
        return documents.find(row.id(), approved.id()).orElseThrow();
    }

    private RectificationNotice rectificationNotice(CaseRow row, int round, String number, LocalDate on) {
        List<FindingRow> found = findings.ofRound(row.id(), round);
        LocalDate due = found.stream()
                .map(FindingRow::deadline)
                .filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "整改通知书尚未写明整改期限"));
        LocalDate inspectedOn = cases.onSiteRecord(row.id(), round)
                .map(r -> time.dateOf(r.endedAt()))
                .orElse(row.onSiteEndedOn());
        return new RectificationNotice(
                header(row, agency(row), number, on),
                inspectedOn,
                found.stream()
                        .map(f -> new FindingLine(
                                f.findingNo(), f.description(), f.legalBasis(), f.requiredAction(), f.deadline()))
                        .toList(),
                due,
                governmentOf(row),
                null,
                inspectors(row),
                leaderName(row),
                agencyPhone(row));
    }

    /**
     * 整改复查意见书 of the current round's latest answer, naming who really reviewed: the deciding supervisor.
     *
     * @param reinspectionDate the day of the re-inspection ordered, for {@code REINSPECT}
     */
    DocumentRow issueReviewOpinion(
            CaseRow row, String decision, String comment, LocalDate reinspectionDate, String reviewerName, String by) {
        LocalDate today = time.today();
        DocumentRow notice = documents
                .latest(row.id(), row.currentRound(), RECTIFICATION_NOTICE)
                .orElseThrow();
        Map<Long, String> actions = new HashMap<>();
        reviews.latestAnswerItems(row.id(), row.currentRound()).forEach(a -> actions.put(a.findingId(), a.text()));
        ReviewResult result = switch (decision) {
            case "ACCEPT" -> ReviewResult.ACCEPTED;
            case "REINSPECT" -> ReviewResult.REINSPECTION_ORDERED;
            default -> ReviewResult.REJECTED;
        };
        List<ReviewLine> lines = findings.ofRound(row.id(), row.currentRound()).stream()
                .map(f -> new ReviewLine(
                        f.findingNo(),
                        f.description(),
                        actions.getOrDefault(f.id(), "未回复"),
                        result,
                        result == ReviewResult.ACCEPTED ? null : comment,
                        result == ReviewResult.REINSPECTION_ORDERED ? reinspectionDate : null))
                .toList();
        Agency agency = agency(row);
        String number = numbers.next(agency, REVIEW_OPINION, today.getYear());
        ReviewOpinion opinion = new ReviewOpinion(
                header(row, agency, number, today),
                notice.documentNumber(),
                notice.servedOn() != null ? notice.servedOn() : today,
                today,
                lines,
                comment == null || comment.isBlank() ? null : comment,
                List.of(reviewerName));
        return issue(row, opinion, number, today, by);
    }

    /** The stored PDF of a document. */
    record Download(InputStream content, String fileName, long sizeBytes) {}

    Download download(CaseRow row, DocumentRow document) {
        if (document.storageKey() == null) {
            return preview(row, document);
        }
        return new Download(
                store.open(document.storageKey()),
                kindTitle(document.kind()) + "-" + document.documentNumber() + ".pdf",
                document.sizeBytes());
    }

    private static String kindTitle(String kind) {
        return cn.energyinspect.app.dictionary.DisplayNames.of(
                cn.energyinspect.app.dictionary.DisplayNames.Category.DOCUMENT_KIND, kind);
    }

    private DocumentRow issue(CaseRow row, OfficialDocument document, String number, LocalDate on, String by) {
        RenderedDocument rendered = renderer.render(document);
        StoredEvidence stored = store.store(new ByteArrayInputStream(rendered.pdf()), rendered.fileName());
        DocumentRow issued = new DocumentRow(
                null,
                row.id(),
                row.currentRound(),
                rendered.kind().name(),
                number,
                "SERVED",
                null,
                stored.storageKey(),
                stored.sha256(),
                stored.sizeBytes(),
                on,
                null,
                null,
                by);
        documents.insert(issued);
        return documents
                .latest(row.id(), row.currentRound(), rendered.kind().name())
                .orElseThrow();
    }

    private Agency agency(CaseRow row) {
        return agencies.findById(row.agencyId()).orElseThrow();
    }

    private DocumentHeader header(CaseRow row, Agency agency, String number, LocalDate issuedOn) {
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        return new DocumentHeader(
                agency.name(),
                number,
                issuedOn,
                enterprise.name(),
                enterprise.uscc(),
                enterprise.address() == null || enterprise.address().isBlank() ? "—" : enterprise.address());
    }

    private List<Inspector> inspectors(CaseRow row) {
        return cases.team(row.id()).stream()
                .map(m -> new Inspector(m.displayName(), m.certificateNo()))
                .toList();
    }

    private String leaderName(CaseRow row) {
        return cases.team(row.id()).stream()
                .filter(m -> "LEADER".equals(m.role()))
                .map(TeamMemberRow::displayName)
                .findFirst()
                .orElse("监察组");
    }

    private String agencyPhone(CaseRow row) {
        return agencies.phone(row.agencyId()).filter(p -> !p.isBlank()).orElse("见本机构公示电话");
    }

    private String governmentOf(CaseRow row) {
        Agency agency = agency(row);
        return regions.find(agency.regionCode()).map(r -> r.name() + "人民政府").orElse("本级人民政府");
    }
}
