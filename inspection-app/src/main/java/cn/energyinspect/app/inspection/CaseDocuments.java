package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.document.ChecklistAnswer;
import cn.energyinspect.app.document.ChecklistLine;
import cn.energyinspect.app.document.DocumentHeader;
import cn.energyinspect.app.document.DocumentRenderer;
import cn.energyinspect.app.document.EnterpriseRepresentative;
import cn.energyinspect.app.document.FindingLine;
import cn.energyinspect.app.document.InspectionNotice;
import cn.energyinspect.app.document.Inspector;
import cn.energyinspect.app.document.OfficialDocument;
import cn.energyinspect.app.document.RectificationNotice;
import cn.energyinspect.app.document.RenderedDocument;
import cn.energyinspect.app.document.ReviewLine;
import cn.energyinspect.app.document.ReviewOpinion;
import cn.energyinspect.app.document.ReviewResult;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The enforcement documents of a case (节能监察通知书, 现场监察笔录, 限期整改通知书, 整改复查意见书), filled from the
 * case's data, rendered as PDF, stored content-addressed beside the evidence, and recorded with their SHA-256.
 */
@Component
class CaseDocuments {
    private final DocumentRenderer renderer;
    private final DocumentMapper documents;
    private final CaseMapper cases;
    private final FindingMapper findings;
    private final ReviewMapper reviews;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;
    private final RegionMapper regions;
    private final Checklists checklists;
    private final EvidenceStore store;
    private final BusinessTime time;

    CaseDocuments(
            DocumentRenderer renderer,
            DocumentMapper documents,
            CaseMapper cases,
            FindingMapper findings,
            ReviewMapper reviews,
            AgencyMapper agencies,
            EnterpriseMapper enterprises,
            RegionMapper regions,
            Checklists checklists,
            EvidenceStore store,
            BusinessTime time) {
        this.renderer = renderer;
        this.documents = documents;
        this.cases = cases;
        this.findings = findings;
        this.reviews = reviews;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.regions = regions;
        this.checklists = checklists;
        this.store = store;
        this.time = time;
    }

    DocumentRow serveInspectionNotice(CaseRow row, LocalDate servedOn) {
        InspectionNotice notice = new InspectionNotice(
                header(row, servedOn),
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
        return issue(row, notice, servedOn);
    }

    DocumentRow issueOnSiteRecord(CaseRow row, OnSiteRecord record) {
        ChecklistTemplate template = checklists.template(row);
        Map<String, JsonNode> answers = checklists.answers(row.id());
        List<FindingRow> found = findings.ofCase(row.id());
        List<ChecklistLine> lines = new ArrayList<>();
        for (ChecklistTemplate.Item item : template.items()) {
            JsonNode answer = answers.get(item.code());
            boolean violation = found.stream().anyMatch(f -> item.code().equals(f.itemCode()));
            ChecklistAnswer verdict = answer == null
                    ? ChecklistAnswer.NOT_APPLICABLE
                    : violation ? ChecklistAnswer.NON_COMPLIANT : ChecklistAnswer.COMPLIANT;
            lines.add(new ChecklistLine(item.label(), verdict, violation ? "见监察发现" : null));
        }
        LocalDate on = time.dateOf(record.endedAt());
        cn.energyinspect.app.document.OnSiteRecord document = new cn.energyinspect.app.document.OnSiteRecord(
                header(row, on),
                time.local(record.startedAt()).toLocalDateTime(),
                time.local(record.endedAt()).toLocalDateTime(),
                record.place(),
                inspectors(row),
                new EnterpriseRepresentative(record.enterpriseRepresentative(), "现场负责人", null),
                lines,
                List.of(),
                List.of(),
                found.stream().map(f -> f.findingNo() + ". " + f.description()).toList(),
                record.representativeSigned() ? null : record.refusalReason());
        return issue(row, document, on);
    }

    DocumentRow draftRectificationNotice(CaseRow row) {
        documents.insert(new DocumentRow(
                null, row.id(), "RECTIFICATION_NOTICE", row.caseNumber(), "DRAFT", null, null, null, null, null, null));
        return documents.latest(row.id(), "RECTIFICATION_NOTICE").orElseThrow();
    }

    /** @param due the case's rectification deadline (the latest deadline of its findings), printed as report date */
    DocumentRow serveRectificationNotice(CaseRow row, LocalDate servedOn, LocalDate due) {
        List<FindingRow> found = findings.ofCase(row.id());
        RectificationNotice notice = new RectificationNotice(
                header(row, servedOn),
                row.onSiteEndedOn(),
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
        RenderedDocument rendered = renderer.render(notice);
        StoredEvidence stored = store.store(new ByteArrayInputStream(rendered.pdf()), rendered.fileName());
        DocumentRow draft = documents
                .latest(row.id(), "RECTIFICATION_NOTICE")
                .filter(d -> "APPROVED".equals(d.status()))
                .orElseThrow(() -> new ApiProblem(cn.energyinspect.app.web.ProblemType.STATE_CONFLICT, "整改通知书尚未批准"));
        documents.setServed(draft.id(), servedOn, stored.storageKey(), stored.sha256(), stored.sizeBytes());
        return documents.find(row.id(), draft.id()).orElseThrow();
    }

    DocumentRow issueReviewOpinion(CaseRow row, String decision, String comment) {
        LocalDate today = time.today();
        DocumentRow notice = documents.latest(row.id(), "RECTIFICATION_NOTICE").orElseThrow();
        Map<Long, String> actions = new java.util.HashMap<>();
        reviews.answerItems(row.id()).forEach(a -> actions.put(a.findingId(), a.text()));
        ReviewResult result = switch (decision) {
            case "ACCEPT" -> ReviewResult.ACCEPTED;
            case "REINSPECT" -> ReviewResult.REINSPECTION_ORDERED;
            default -> ReviewResult.REJECTED;
        };
        List<ReviewLine> lines = findings.ofCase(row.id()).stream()
                .map(f -> new ReviewLine(
                        f.findingNo(),
                        f.description(),
                        actions.getOrDefault(f.id(), "未回复"),
                        result,
                        result == ReviewResult.ACCEPTED ? null : comment,
                        result == ReviewResult.REINSPECTION_ORDERED ? today.plusDays(10) : null))
                .toList();
        ReviewOpinion opinion = new ReviewOpinion(
                header(row, today),
                notice.documentNumber(),
                notice.servedOn() != null ? notice.servedOn() : today,
                today,
                lines,
                comment == null || comment.isBlank() ? null : comment,
                inspectors(row));
        return issue(row, opinion, today);
    }

    /** The stored PDF of a document. */
    record Download(InputStream content, String fileName, long sizeBytes) {}

    Download download(long caseId, long documentId) {
        DocumentRow document = documents
                .find(caseId, documentId)
                .filter(d -> d.storageKey() != null)
                .orElseThrow(() -> ApiProblem.notFound("文书"));
        return new Download(
                store.open(document.storageKey()),
                document.kind() + "-" + document.documentNumber() + ".pdf",
                document.sizeBytes());
    }

    private DocumentRow issue(CaseRow row, OfficialDocument document, LocalDate on) {
        RenderedDocument rendered = renderer.render(document);
        StoredEvidence stored = store.store(new ByteArrayInputStream(rendered.pdf()), rendered.fileName());
        documents.insert(new DocumentRow(
                null,
                row.id(),
                rendered.kind().name(),
                rendered.documentNumber(),
                "SERVED",
                null,
                stored.storageKey(),
                stored.sha256(),
                stored.sizeBytes(),
                on,
                null));
        return documents.latest(row.id(), rendered.kind().name()).orElseThrow();
    }

    private DocumentHeader header(CaseRow row, LocalDate issuedOn) {
        Agency agency = agencies.findById(row.agencyId()).orElseThrow();
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        return new DocumentHeader(
                agency.name(),
                row.caseNumber(),
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
        Agency agency = agencies.findById(row.agencyId()).orElseThrow();
        return regions.find(agency.regionCode()).map(r -> r.name() + "人民政府").orElse("本级人民政府");
    }
}
