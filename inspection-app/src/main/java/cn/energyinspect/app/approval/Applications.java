package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.ApprovalViews.ApplicationView;
import cn.energyinspect.app.approval.ApprovalViews.SubmissionResult;
import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.approval.capacity.CapacityPreCheck;
import cn.energyinspect.app.approval.whitelist.WhiteListForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.evidence.EvidenceRejectedException;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.capacity.DoubleUse;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import cn.energyinspect.workflow.ApprovalStart;
import cn.energyinspect.workflow.StageCompletion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's side of an application: drafts saved with a pre-check every time, submission (and resubmission
 * after a return, as a new version), files checked by content. A pre-check verdict that holds the plan back (ratio not
 * met, steel suspended, score below the pass mark) is the answer, not an error.
 */
@Service
public class Applications {
    private final ApprovalMapper approvals;
    private final ApprovalAccess access;
    private final ApprovalTransitions transitions;
    private final PreChecks prechecks;
    private final Holds holds;
    private final ApprovalWorkflows workflows;
    private final ApprovalDetails details;
    private final EnterpriseMapper enterprises;
    private final EvidenceStore store;
    private final NumberRows numberRows;
    private final BusinessTime time;
    private final ObjectMapper json;

    Applications(
            ApprovalMapper approvals,
            ApprovalAccess access,
            ApprovalTransitions transitions,
            PreChecks prechecks,
            Holds holds,
            ApprovalWorkflows workflows,
            ApprovalDetails details,
            EnterpriseMapper enterprises,
            EvidenceStore store,
            NumberRows numberRows,
            BusinessTime time,
            ObjectMapper json) {
        this.approvals = approvals;
        this.access = access;
        this.transitions = transitions;
        this.prechecks = prechecks;
        this.holds = holds;
        this.workflows = workflows;
        this.details = details;
        this.enterprises = enterprises;
        this.store = store;
        this.numberRows = numberRows;
        this.time = time;
        this.json = json;
    }

    /** The pre-check of a form not saved (the page runs it as the form is filled in). */
    public PreCheckView precheck(Object form, CurrentUser user) {
        EnterpriseRow enterprise = enterpriseOf(user);
        return prechecks.run(form, 0, null, enterprise.uscc());
    }

    /** Creates a draft of the user's enterprise. */
    @Transactional
    public ApplicationView create(Object form, CurrentUser user) {
        EnterpriseRow enterprise = enterpriseOf(user);
        Programme programme = programmeOf(form);
        String region = regionOr(form, enterprise.regionCode());
        int year = time.today().getYear();
        ApprovalMapper.ApprovalInsert insert = new ApprovalMapper.ApprovalInsert(
                programme.name(),
                nextNumber(programme, year),
                enterprise.uscc(),
                region,
                RegionCodes.provinceOf(region),
                titleOf(form),
                write(form),
                user.username());
        approvals.insert(insert);
        approvals.insertVersion(insert.id, 1, insert.payload, user.username());
        ApprovalRow row = approvals.lock(insert.id).orElseThrow();
        transitions.changed(
                row, "approval", row.id(), "APPROVAL_CREATED", user.username(), Map.of("programme", programme));
        saveForm(row, form, 1, user);
        return details.view(approvals.find(row.id()).orElseThrow(), user);
    }

    /** Saves the form of a draft or a returned application (a returned one gets a new version). */
    @Transactional
    public ApplicationView save(long id, Object form, Integer rowVersion, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireOwner(row, user);
        if (row.programme() != programmeOf(form)) {
            throw Refusal.invalid("programme", "申请类别不能修改");
        }
        if (!row.status().editable()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "申请" + ApprovalTransitions.name(row.status()) + "，不能修改");
        }
        if (rowVersion != null && rowVersion != row.rowVersion()) {
            throw ApprovalTransitions.changedMeanwhile(row);
        }
        boolean submitted = approvals.versions(id).stream()
                .anyMatch(v -> v.formVersion() == row.formVersion() && v.submittedAt() != null);
        int version = submitted ? row.formVersion() + 1 : row.formVersion();
        if (submitted) {
            approvals.insertVersion(id, version, write(form), user.username());
        } else {
            approvals.replaceVersion(id, version, write(form), user.username());
        }
        saveForm(row, form, version, user);
        transitions.changed(row, "approval", id, "APPROVAL_SAVED", user.username(), Map.of("formVersion", version));
        return details.view(approvals.find(id).orElseThrow(), user);
    }

    /**
     * Submits (or resubmits) the application: complete form (else 422 by field), no exiting line used by another plan
     * (else 409 naming it), no blocking hold (else 409 naming the cases); a pre-check that holds it back answers
     * {@code submitted=false} with the verdict.
     */
    @Transactional
    public SubmissionResult submit(long id, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        ApprovalAccess.requireOwner(row, user);
        if (!row.status().editable()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "申请" + ApprovalTransitions.name(row.status()) + "，不能再提交");
        }
        Object form = read(row);
        List<FieldError> missing = prechecks.incomplete(form);
        if (!missing.isEmpty()) {
            throw Refusal.invalid(missing);
        }
        PreCheckView precheck = saveForm(row, form, row.formVersion(), user);
        if (!precheck.doubleUse().isEmpty()) {
            PreCheckView.DoubleUseView first = precheck.doubleUse().getFirst();
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT,
                    "退出生产线“" + first.lineName() + "”已用于产能置换方案 " + first.otherApplicationNumber() + "（"
                            + first.otherStatusName() + "），不得重复使用",
                    List.of(new FieldError(
                            "exitLines[" + first.exitIndex() + "]", "已用于方案 " + first.otherApplicationNumber())),
                    Map.of("doubleUse", precheck.doubleUse()));
        }
        ApprovalProperties.Settings settings = prechecks.settings(row.regionCode());
        holds.require(row.enterpriseUscc(), settings.holdEffect(row.programme()), "提交申请");
        if (!precheck.submittable()) {
            return new SubmissionResult(
                    false,
                    "预审结论为“" + precheck.decisionName() + "”，申请未提交：" + firstReason(precheck),
                    precheck,
                    details.view(approvals.find(id).orElseThrow(), user));
        }
        ApprovalRow current = approvals.lock(id).orElseThrow();
        approvals.markVersionSubmitted(id, current.formVersion(), time.now());
        approvals.markSubmitted(id, time.now());
        if (current.status() == ApplicationStatus.DRAFT) {
            transitions.move(current, ApplicationStatus.CITY_REVIEW, "APPROVAL_SUBMITTED", user.username(), null);
            workflows.of(row.programme()).start(new ApprovalStart(id, row.enterpriseUscc(), current.regionCode()));
        } else {
            transitions.move(
                    current,
                    ApplicationStatus.CITY_REVIEW,
                    "APPROVAL_RESUBMITTED",
                    user.username(),
                    Map.of("formVersion", current.formVersion()));
            workflows.complete(current, StageCompletion.of(Stages.RESUBMISSION, null));
        }
        return new SubmissionResult(
                true, "申请已提交", precheck, details.view(approvals.find(id).orElseThrow(), user));
    }

    public ApplicationView detail(long id, CurrentUser user) {
        return details.view(access.visible(id, user), user);
    }

    public ApprovalViews.Page list(String programme, String status, int page, int size, CurrentUser user) {
        int limit = Math.max(1, Math.min(size, 100));
        int offset = Math.max(0, page) * limit;
        String uscc = ApprovalAccess.enterpriseOf(user).orElse(null);
        String prefix = uscc != null ? null : user.jurisdiction().regionPrefix();
        if (user.role() == Role.INSPECTOR) {
            return new ApprovalViews.Page(List.of(), 0, page, limit);
        }
        List<ApprovalViews.ApplicationSummary> items =
                approvals.list(prefix, uscc, programme, status, limit, offset).stream()
                        .map(ApprovalViews::summary)
                        .toList();
        return new ApprovalViews.Page(items, approvals.count(prefix, uscc, programme, status), page, limit);
    }

    /** A file of the application (purpose APPLICATION, SHUTDOWN, DISMANTLING), checked by content as evidence is. */
    @Transactional
    public ApprovalViews.FileView upload(
            long id, String purpose, String fileName, InputStream content, CurrentUser user) {
        ApprovalRow row = access.locked(id, user);
        boolean owner = ApprovalAccess.ownedBy(row, user);
        boolean reviewer = ApprovalAccess.provinceReviewer(row, user) || ApprovalAccess.cityReviewer(row, user);
        Set<String> purposes = owner ? Set.of("APPLICATION", "SHUTDOWN", "DISMANTLING") : Set.of("HEARING");
        if ((!owner && !reviewer) || !purposes.contains(purpose)) {
            throw Refusal.forbidden("只有申请企业可以上传申请材料和关停、拆除证明，审核员可以上传听证记录");
        }
        if (row.status().isFinal()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "申请" + ApprovalTransitions.name(row.status()) + "，不能再上传材料");
        }
        StoredEvidence stored = store(content, fileName);
        ApprovalMapper.FileRow file = new ApprovalMapper.FileRow(
                null,
                id,
                null,
                purpose,
                stored.originalFileName(),
                stored.mediaType(),
                stored.sizeBytes(),
                stored.sha256(),
                stored.storageKey(),
                user.username(),
                null);
        approvals.insertFile(file);
        ApprovalMapper.FileRow saved = approvals.files(id).getLast();
        transitions.changed(
                row,
                "approval_file",
                saved.id(),
                "APPROVAL_FILE_UPLOADED",
                user.username(),
                Map.of("sha256", stored.sha256(), "purpose", purpose));
        return ApprovalDetails.file(saved);
    }

    /** A file or decision PDF of an application its reader may see (objection files only for officials). */
    public PublicApprovals.Download download(long id, String what, long itemId, CurrentUser user) {
        ApprovalRow row = access.visible(id, user);
        if (what.equals("document")) {
            ApprovalMapper.DocumentRow document =
                    approvals.document(id, itemId).orElseThrow(() -> Refusal.notFound("文书"));
            return new PublicApprovals.Download(
                    document.documentNumber() + ".pdf", document.sizeBytes(), store.open(document.storageKey()));
        }
        ApprovalMapper.FileRow file = approvals
                .file(row.id(), itemId)
                .filter(f -> user.role() != Role.ENTERPRISE || !f.purpose().equals("OBJECTION"))
                .orElseThrow(() -> Refusal.notFound("附件"));
        return new PublicApprovals.Download(file.originalName(), file.sizeBytes(), store.open(file.storageKey()));
    }

    /** The province's settings in force for a region, with whether they are its own confirmed values. */
    public ApprovalProperties.Settings settings(String regionCode) {
        if (regionCode == null || !RegionCodes.isWellFormed(regionCode)) {
            throw Refusal.invalid("region", "六位行政区划代码");
        }
        return prechecks.settings(regionCode);
    }

    StoredEvidence store(InputStream content, String fileName) {
        try {
            return store.store(content, fileName);
        } catch (EvidenceRejectedException e) {
            if (e.reason() == EvidenceRejectedException.Reason.TOO_LARGE) {
                throw new Refusal(
                        Refusal.Kind.PAYLOAD_TOO_LARGE,
                        e.getMessage(),
                        List.of(new FieldError("file", e.getMessage())));
            }
            throw Refusal.invalid("file", e.getMessage());
        }
    }

    /** Writes the form, its pre-check and the exiting-line register; returns the pre-check. */
    private PreCheckView saveForm(ApprovalRow row, Object form, int version, CurrentUser user) {
        checkFiles(row.id(), form);
        PreCheckView precheck = prechecks.run(form, row.id(), row.applicationNumber(), row.enterpriseUscc());
        String region = regionOr(form, row.regionCode());
        ApprovalRow current = approvals.find(row.id()).orElseThrow();
        int updated = approvals.updateForm(new ApprovalMapper.FormUpdate(
                row.id(),
                current.rowVersion(),
                titleOf(form),
                region,
                RegionCodes.provinceOf(region),
                version,
                write(form),
                precheck.decision(),
                write(precheck),
                precheck.hearingRequired(),
                otherProvinces(form, region)));
        if (updated != 1) {
            throw ApprovalTransitions.changedMeanwhile(row);
        }
        approvals.deleteExitLines(row.id());
        if (form instanceof CapacityPlanForm plan) {
            List<DoubleUse.Line> lines = CapacityPreCheck.lines(plan);
            for (int i = 0; i < plan.exitLines().size(); i++) {
                CapacityPlanForm.ExitLineForm line = plan.exitLines().get(i);
                if (line == null
                        || line.ownerUscc() == null
                        || line.lineName() == null
                        || line.capacity() == null
                        || line.regionCode() == null) {
                    continue;
                }
                approvals.insertExitLine(new ApprovalMapper.ExitLineRow(
                        row.id(),
                        i,
                        UnifiedSocialCreditCode.normalise(line.ownerUscc()),
                        line.ownerName() == null ? "" : line.ownerName(),
                        line.lineName(),
                        lines.get(i).key(),
                        BigDecimal.valueOf(line.capacity()),
                        line.regionCode()));
            }
        }
        return precheck;
    }

    /** Files named by the form must be this application's. */
    private void checkFiles(long id, Object form) {
        List<Long> ids = new ArrayList<>();
        if (form instanceof CapacityPlanForm plan) {
            ids.addAll(plan.evidenceIds());
            plan.exitLines().stream().filter(l -> l != null).forEach(l -> ids.addAll(l.evidenceIds()));
        } else if (form instanceof WhiteListForm application) {
            ids.addAll(application.evidenceIds());
        }
        for (Long fileId : ids) {
            if (fileId == null || approvals.file(id, fileId).isEmpty()) {
                throw Refusal.invalid("evidenceIds", "附件 " + fileId + " 不是本申请上传的材料");
            }
        }
    }

    private static String otherProvinces(Object form, String region) {
        if (!(form instanceof CapacityPlanForm plan)) {
            return null;
        }
        Set<String> others = new LinkedHashSet<>();
        for (CapacityPlanForm.ExitLineForm line : plan.exitLines()) {
            if (line != null && line.regionCode() != null && RegionCodes.isWellFormed(line.regionCode())) {
                String province = RegionCodes.provinceOf(line.regionCode());
                if (!province.equals(RegionCodes.provinceOf(region))) {
                    others.add(province);
                }
            }
        }
        return others.isEmpty() ? null : String.join(",", others);
    }

    private EnterpriseRow enterpriseOf(CurrentUser user) {
        if (user.role() != Role.ENTERPRISE || user.enterpriseUscc() == null) {
            throw Refusal.forbidden("只有企业用户可以申请");
        }
        return enterprises.findByUscc(user.enterpriseUscc()).orElseThrow(() -> Refusal.forbidden("企业不在企业名录中"));
    }

    private static String firstReason(PreCheckView precheck) {
        return precheck.reasons().stream()
                .filter(r -> !r.code().equals("KEY_REGION") && !r.code().equals("OTHER_REGION"))
                .filter(r -> Set.of(
                                "RATIO_BELOW_REQUIRED",
                                "INELIGIBLE_EXIT_CAPACITY",
                                "REPLACEMENT_SUSPENDED",
                                "WHITE_LIST_SCORE_BELOW",
                                "WHITE_LIST_EXCLUDED",
                                "IMPORT_RESTRICTED_PROVINCE",
                                "PROVINCE_MISSED_CAPACITY_TARGET",
                                "OUTSIDE_COMPLIANT_INDUSTRIAL_PARK")
                        .contains(r.code()))
                .map(r -> r.name() + "（" + r.message() + "）")
                .findFirst()
                .orElse(precheck.decisionName());
    }

    static Programme programmeOf(Object form) {
        return form instanceof CapacityPlanForm ? Programme.CAPACITY_REPLACEMENT : Programme.WHITE_LIST;
    }

    private static String titleOf(Object form) {
        String title = form instanceof CapacityPlanForm plan ? plan.title() : ((WhiteListForm) form).title();
        return title == null || title.isBlank() ? "（未命名）" : title.strip();
    }

    private static String regionOr(Object form, String fallback) {
        String region = PreChecks.regionOf(form);
        return region != null && RegionCodes.isWellFormed(region) ? region : fallback;
    }

    Object read(ApprovalRow row) {
        try {
            Class<?> type =
                    row.programme() == Programme.CAPACITY_REPLACEMENT ? CapacityPlanForm.class : WhiteListForm.class;
            return json.readValue(row.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form of application " + row.id() + " unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private String nextNumber(Programme programme, int year) {
        Integer next = approvals.nextNumber(programme.name(), year);
        if (next == null) {
            numberRows.ensure(programme.name(), year);
            next = approvals.nextNumber(programme.name(), year);
        }
        approvals.advanceNumber(programme.name(), year, next);
        return programme.numberPrefix() + "-" + year + "-" + String.format("%06d", next);
    }

    /** Creates a number row in a transaction of its own (as {@code DocumentNumbers.SequenceRows}: no deadlock). */
    @org.springframework.stereotype.Component
    static class NumberRows {
        private final ApprovalMapper approvals;

        NumberRows(ApprovalMapper approvals) {
            this.approvals = approvals;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        void ensure(String programme, int year) {
            approvals.ensureNumberRow(programme, year);
        }
    }
}
