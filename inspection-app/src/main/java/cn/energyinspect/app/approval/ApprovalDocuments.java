package cn.energyinspect.app.approval;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.app.document.ApprovalDecision;
import cn.energyinspect.app.document.ApprovalDecision.Particular;
import cn.energyinspect.app.document.DocumentHeader;
import cn.energyinspect.app.document.DocumentKind;
import cn.energyinspect.app.document.DocumentNumbers;
import cn.energyinspect.app.document.DocumentRenderer;
import cn.energyinspect.app.document.RenderedDocument;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.RegionCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision's papers through the shared renderer: 公告 and 批复 of a capacity plan, the 通知 of a white-list
 * listing, the 公告 of a suspension or withdrawal; numbered by {@link DocumentNumbers} in the sequence of the
 * province's agency, issued in the name of the province's industry department (a setting), stored by content.
 */
@Component
class ApprovalDocuments {
    private final DocumentRenderer renderer;
    private final DocumentNumbers numbers;
    private final AgencyMapper agencies;
    private final EnterpriseMapper enterprises;
    private final EvidenceStore store;
    private final ApprovalMapper approvals;
    private final PreChecks prechecks;
    private final BusinessTime time;
    private final ObjectMapper json;

    ApprovalDocuments(
            DocumentRenderer renderer,
            DocumentNumbers numbers,
            AgencyMapper agencies,
            EnterpriseMapper enterprises,
            EvidenceStore store,
            ApprovalMapper approvals,
            PreChecks prechecks,
            BusinessTime time,
            ObjectMapper json) {
        this.renderer = renderer;
        this.numbers = numbers;
        this.agencies = agencies;
        this.enterprises = enterprises;
        this.store = store;
        this.approvals = approvals;
        this.prechecks = prechecks;
        this.time = time;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void approved(ApprovalRow row, Object form) {
        if (form instanceof CapacityPlanForm plan) {
            LocalDate dismantling = plan.plannedStart()
                    .plusMonths(prechecks.settings(row.regionCode()).dismantlingMonths());
            List<Particular> particulars = capacityParticulars(row, plan);
            issue(
                    row,
                    DocumentKind.APPROVAL_ANNOUNCEMENT,
                    null,
                    List.of("根据产能置换有关规定，" + row.enterpriseName() + "报送的《" + row.title() + "》经市、省两级审核，并于"
                            + day(row.publicityStart()) + "至" + day(row.publicityEnd()) + "公示" + publicityOutcome(row)
                            + "，现予公告。"),
                    particulars,
                    "特此公告。");
            issue(
                    row,
                    DocumentKind.APPROVAL_REPLY,
                    row.enterpriseName(),
                    List.of(
                            "你单位报送的《" + row.title() + "》收悉。经审核和公示，该方案符合产能置换有关规定，同意实施。",
                            "请严格按方案实施：退出产能须在新建生产线投产（计划" + day(plan.plannedStart()) + "）前关停，并于" + day(dismantling)
                                    + "前拆除主体设备，关停和拆除情况须报送证明材料。逾期未完成的，移交节能监察机构依法处理。"),
                    particulars,
                    "此复。");
        } else {
            issue(
                    row,
                    DocumentKind.WHITE_LIST_NOTICE,
                    row.enterpriseName(),
                    List.of(
                            "经审核和公示" + publicityOutcome(row) + "，同意将你单位《" + row.title() + "》列入白名单，有效期自"
                                    + day(row.validFrom()) + "至" + day(row.validTo()) + "，期满前进行年度复核。",
                            "列入期间发生节能违法违规行为或被行政处罚的，将移出白名单。"),
                    List.of(new Particular("申请编号", row.applicationNumber())),
                    "特此通知。");
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void revoked(ApprovalRow row, String kind) {
        String what = kind.equals("SUSPEND") ? "暂停" : "撤销";
        issue(
                row,
                DocumentKind.APPROVAL_REVOCATION,
                null,
                List.of(row.enterpriseName() + "《" + row.title() + "》（编号 " + row.applicationNumber() + "）的审批结果现予" + what
                        + "。理由：" + row.revocationReason()),
                List.of(
                        new Particular("申请编号", row.applicationNumber()),
                        new Particular(
                                "类别",
                                DisplayNames.of(
                                        Category.APPROVAL_PROGRAMME,
                                        row.programme().name()))),
                "特此公告。");
    }

    private void issue(
            ApprovalRow row,
            DocumentKind kind,
            String addressee,
            List<String> paragraphs,
            List<Particular> particulars,
            String closing) {
        EnterpriseRow enterprise = enterprises.findByUscc(row.enterpriseUscc()).orElseThrow();
        LocalDate today = time.today();
        Agency agency = issuingAgency(row.provinceCode(), row.regionCode());
        String number = numbers.next(agency, kind.name(), today.getYear());
        String department = prechecks.settings(row.regionCode()).departmentName();
        DocumentHeader header = new DocumentHeader(
                department, number, today, enterprise.name(), enterprise.uscc(), address(enterprise));
        RenderedDocument rendered =
                renderer.render(new ApprovalDecision(header, kind, addressee, paragraphs, particulars, closing));
        StoredEvidence stored = store.store(new ByteArrayInputStream(rendered.pdf()), rendered.fileName());
        approvals.insertDocument(new ApprovalMapper.DocumentRow(
                null, row.id(), kind.name(), number, today, stored.storageKey(), stored.sha256(), stored.sizeBytes()));
    }

    private Agency issuingAgency(String province, String region) {
        return Stream.of(province, RegionCodes.cityOf(region), region)
                .map(agencies::findByRegion)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no agency covers " + region + " to number its decisions"));
    }

    private List<Particular> capacityParticulars(ApprovalRow row, CapacityPlanForm plan) {
        List<Particular> particulars = new ArrayList<>();
        particulars.add(new Particular("方案编号", row.applicationNumber()));
        particulars.add(new Particular("行业", DisplayNames.of(Category.CAPACITY_INDUSTRY, plan.industry())));
        particulars.add(new Particular("新建生产线", plan.newLineName() + "，产能 " + number(plan.newCapacity())));
        for (int i = 0; i < plan.exitLines().size(); i++) {
            CapacityPlanForm.ExitLineForm line = plan.exitLines().get(i);
            particulars.add(new Particular(
                    "退出生产线" + (i + 1), line.ownerName() + " " + line.lineName() + "，产能 " + number(line.capacity())));
        }
        JsonNode precheck = tree(row.precheck());
        if (precheck != null && precheck.hasNonNull("requiredRatio")) {
            particulars.add(new Particular(
                    "置换比例",
                    number(precheck.get("actualRatio").asDouble()) + ":1（要求不低于 "
                            + number(precheck.get("requiredRatio").asDouble()) + ":1）"));
        }
        return particulars;
    }

    private String publicityOutcome(ApprovalRow row) {
        List<ApprovalMapper.ObjectionRow> objections = approvals.objections(row.id());
        return objections.isEmpty() ? "无异议" : "，收到的" + objections.size() + "件异议经核实不成立";
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String address(EnterpriseRow enterprise) {
        return enterprise.address() == null || enterprise.address().isBlank() ? "（未登记）" : enterprise.address();
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String number(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }
}
