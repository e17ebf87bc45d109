package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.approval.whitelist.WhiteListForm;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The public pages' data: applications in 公示 today (in their province, and in the provinces whose lines they take),
 * one 公示 with the plan's public particulars and the objection deadline, and the decisions published. Nothing
 * private: no contacts, no objections, no files but the decision PDFs.
 */
@Service
public class PublicApprovals {
    private static final Set<String> PUBLIC_STATUSES = Set.of(
            "PUBLICITY",
            "OBJECTIONS",
            "DECISION",
            "APPROVED",
            "COMPLETED",
            "SUSPENDED",
            "REVOKED",
            "DELISTED",
            "WITHDRAWN");

    private final ApprovalMapper approvals;
    private final Applications applications;
    private final PreChecks prechecks;
    private final EvidenceStore store;
    private final BusinessTime time;
    private final ObjectMapper json;
    private final cn.energyinspect.app.region.RegionMapper regions;

    PublicApprovals(
            ApprovalMapper approvals,
            Applications applications,
            PreChecks prechecks,
            EvidenceStore store,
            BusinessTime time,
            ObjectMapper json,
            cn.energyinspect.app.region.RegionMapper regions) {
        this.approvals = approvals;
        this.applications = applications;
        this.prechecks = prechecks;
        this.store = store;
        this.time = time;
        this.json = json;
        this.regions = regions;
    }

    private String region(String code) {
        return code == null
                ? "—"
                : regions.find(code)
                        .map(cn.energyinspect.app.region.RegionRow::name)
                        .orElse(code);
    }

    private static String amount(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? String.format("%,d", value.longValue()) : String.valueOf(value);
    }

    public record PublicityItem(
            String applicationNumber,
            String programme,
            String programmeName,
            String title,
            String enterpriseName,
            String regionCode,
            LocalDate publicityStart,
            LocalDate publicityEnd,
            int publicityDays,
            List<String> provinces) {}

    public record Line(String label, String value) {}

    public record PublicityDetail(
            PublicityItem item,
            String status,
            String statusName,
            String department,
            boolean objectionsOpen,
            boolean hearingRequired,
            List<Line> particulars,
            List<ApprovalViews.DocumentView> documents,
            boolean settingsConfirmed) {}

    public record DecisionItem(
            long documentId,
            String kind,
            String kindName,
            String documentNumber,
            LocalDate issuedOn,
            String applicationNumber,
            String programmeName,
            String title,
            String enterpriseName,
            String statusName) {}

    public List<PublicityItem> inPublicity(String province, int page, int size) {
        int limit = Math.max(1, Math.min(size, 100));
        return approvals.inPublicity(time.today(), province, limit, Math.max(0, page) * limit).stream()
                .map(PublicApprovals::item)
                .toList();
    }

    public PublicityDetail detail(String number) {
        ApprovalRow row = published(number);
        boolean open =
                row.status() == ApplicationStatus.PUBLICITY && !time.today().isAfter(row.publicityEnd());
        return new PublicityDetail(
                item(row),
                row.status().name(),
                DisplayNames.of(Category.APPROVAL_STATUS, row.status().name()),
                prechecks.settings(row.regionCode()).departmentName(),
                open,
                row.hearingRequired(),
                particulars(row),
                approvals.documents(row.id()).stream()
                        .map(ApprovalDetails::document)
                        .toList(),
                prechecks.settings(row.regionCode()).confirmed());
    }

    public List<DecisionItem> decisions(String province, int page, int size) {
        int limit = Math.max(1, Math.min(size, 100));
        return approvals.publicDecisions(province, limit, Math.max(0, page) * limit).stream()
                .map(d -> new DecisionItem(
                        d.documentId(),
                        d.kind(),
                        DisplayNames.of(Category.DOCUMENT_KIND, d.kind()),
                        d.documentNumber(),
                        d.issuedOn(),
                        d.applicationNumber(),
                        DisplayNames.of(Category.APPROVAL_PROGRAMME, d.programme()),
                        d.title(),
                        d.enterpriseName(),
                        DisplayNames.of(Category.APPROVAL_STATUS, d.status())))
                .toList();
    }

    /** A decision PDF of a published application. */
    public Download document(String number, long documentId) {
        ApprovalRow row = published(number);
        ApprovalMapper.DocumentRow document =
                approvals.document(row.id(), documentId).orElseThrow(() -> Refusal.notFound("文书"));
        return new Download(
                DisplayNames.of(Category.DOCUMENT_KIND, document.kind()) + "-" + document.documentNumber() + ".pdf",
                document.sizeBytes(),
                store.open(document.storageKey()));
    }

    public record Download(String fileName, long sizeBytes, InputStream content) {}

    private ApprovalRow published(String number) {
        return approvals
                .findByNumber(number)
                .filter(r -> r.publicityStart() != null
                        && PUBLIC_STATUSES.contains(r.status().name()))
                .orElseThrow(() -> Refusal.notFound("公示"));
    }

    private List<Line> particulars(ApprovalRow row) {
        List<Line> lines = new ArrayList<>();
        Object form = applications.read(row);
        if (form instanceof CapacityPlanForm plan) {
            lines.add(new Line("行业", DisplayNames.of(Category.CAPACITY_INDUSTRY, plan.industry())));
            lines.add(new Line("建设地点", region(plan.regionCode())));
            lines.add(new Line("新建生产线", plan.newLineName() + "（产能 " + amount(plan.newCapacity()) + "）"));
            lines.add(new Line("计划投产", String.valueOf(plan.plannedStart())));
            for (int i = 0; i < plan.exitLines().size(); i++) {
                CapacityPlanForm.ExitLineForm line = plan.exitLines().get(i);
                lines.add(new Line(
                        "退出生产线" + (i + 1),
                        line.ownerName() + " " + line.lineName() + "（产能 " + line.capacity() + "，" + line.regionCode()
                                + "）"));
            }
            JsonNode precheck = tree(row.precheck());
            if (precheck != null && precheck.hasNonNull("requiredRatio")) {
                lines.add(new Line(
                        "置换比例",
                        precheck.get("actualRatio").asText() + ":1（要求不低于 "
                                + precheck.get("requiredRatio").asText() + ":1）"));
            }
        } else if (form instanceof WhiteListForm application) {
            JsonNode precheck = tree(row.precheck());
            lines.add(new Line("产业链定位", DisplayNames.of(Category.CHAIN_POSITION, application.chainPosition())));
            lines.add(
                    new Line("单位产品能耗", DisplayNames.of(Category.BENCHMARK_LEVEL, application.unitConsumptionLevel())));
            if (precheck != null && precheck.hasNonNull("score")) {
                lines.add(new Line(
                        "评分",
                        precheck.get("score").get("total").asText() + "（合格线 "
                                + precheck.get("score").get("passMark").asText() + "）"));
            }
        }
        return lines;
    }

    private static PublicityItem item(ApprovalRow row) {
        List<String> provinces = new ArrayList<>(List.of(row.provinceCode()));
        if (row.otherProvinces() != null) {
            provinces.addAll(Arrays.asList(row.otherProvinces().split(",")));
        }
        return new PublicityItem(
                row.applicationNumber(),
                row.programme().name(),
                DisplayNames.of(Category.APPROVAL_PROGRAMME, row.programme().name()),
                row.title(),
                row.enterpriseName(),
                row.regionCode(),
                row.publicityStart(),
                row.publicityEnd(),
                row.publicityDays() == null ? 0 : row.publicityDays(),
                List.copyOf(provinces));
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
