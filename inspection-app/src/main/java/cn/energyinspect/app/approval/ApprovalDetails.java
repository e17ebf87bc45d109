package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.ApprovalViews.ApplicationView;
import cn.energyinspect.app.approval.ApprovalViews.DocumentView;
import cn.energyinspect.app.approval.ApprovalViews.FileView;
import cn.energyinspect.app.approval.ApprovalViews.MilestoneView;
import cn.energyinspect.app.approval.ApprovalViews.ObjectionView;
import cn.energyinspect.app.approval.ApprovalViews.ReviewView;
import cn.energyinspect.app.approval.ApprovalViews.VersionView;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.ApprovalSkeleton.Stages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds an application's view for its reader: objections only for reviewers and auditors, actions by role. */
@Component
class ApprovalDetails {
    private final ApprovalMapper approvals;
    private final ApprovalWorkflows workflows;
    private final Holds holds;
    private final PreChecks prechecks;
    private final BusinessTime time;
    private final ObjectMapper json;

    ApprovalDetails(
            ApprovalMapper approvals,
            ApprovalWorkflows workflows,
            Holds holds,
            PreChecks prechecks,
            BusinessTime time,
            ObjectMapper json) {
        this.approvals = approvals;
        this.workflows = workflows;
        this.holds = holds;
        this.prechecks = prechecks;
        this.time = time;
        this.json = json;
    }

    ApplicationView view(ApprovalRow row, CurrentUser user) {
        String stage = row.status().isFinal() || row.status() == ApplicationStatus.DRAFT
                ? null
                : workflows.stage(row).orElse(null);
        ApprovalProperties.Settings settings = prechecks.settings(row.regionCode());
        boolean official = user.role() != Role.ENTERPRISE;
        List<ApprovalMapper.FileRow> files = approvals.files(row.id());
        List<ObjectionView> objections = official
                ? approvals.objections(row.id()).stream()
                        .map(o -> objection(o, files))
                        .toList()
                : List.of();
        return new ApplicationView(
                row.id(),
                row.programme().name(),
                DisplayNames.of(Category.APPROVAL_PROGRAMME, row.programme().name()),
                row.applicationNumber(),
                row.title(),
                row.enterpriseUscc(),
                row.enterpriseName(),
                row.regionCode(),
                row.status().name(),
                DisplayNames.of(Category.APPROVAL_STATUS, row.status().name()),
                stage,
                ApprovalViews.stageName(stage),
                row.formVersion(),
                row.rowVersion(),
                tree(row.payload()),
                tree(row.precheck()),
                holds.check(row.enterpriseUscc(), settings.holdEffect(row.programme())),
                row.hearingRequired(),
                row.publicityStart(),
                row.publicityEnd(),
                row.publicityDays(),
                row.validFrom(),
                row.validTo(),
                row.revocationReason(),
                approvals.reviews(row.id()).stream()
                        .map(ApprovalDetails::review)
                        .toList(),
                approvals.versions(row.id()).stream()
                        .map(v -> new VersionView(
                                v.formVersion(), tree(v.payload()), v.savedBy(), v.savedAt(), v.submittedAt()))
                        .toList(),
                objections,
                files.stream()
                        .filter(f -> official || !f.purpose().equals("OBJECTION"))
                        .map(ApprovalDetails::file)
                        .toList(),
                approvals.documents(row.id()).stream()
                        .map(ApprovalDetails::document)
                        .toList(),
                approvals.milestones(row.id()).stream()
                        .map(m -> new MilestoneView(
                                m.milestone(),
                                DisplayNames.of(Category.MILESTONE, m.milestone()),
                                m.dueDate(),
                                m.confirmedAt(),
                                m.overdueCase(),
                                m.confirmedAt() == null && m.dueDate().isBefore(time.today())))
                        .toList(),
                settings,
                actions(row, stage, user));
    }

    /** What {@code user} may do now, for the page's buttons (the API checks again). */
    static List<String> actions(ApprovalRow row, String stage, CurrentUser user) {
        List<String> actions = new ArrayList<>();
        if (ApprovalAccess.ownedBy(row, user)) {
            if (row.status().editable()) {
                actions.add("EDIT");
                actions.add("SUBMIT");
            }
            if (Stages.SHUTDOWN.equals(stage) || Stages.DISMANTLING.equals(stage)) {
                actions.add("UPLOAD_FOLLOW_UP");
            }
        }
        if (ApprovalAccess.cityReviewer(row, user) && Stages.CITY_REVIEW.equals(stage)) {
            actions.add("CITY_REVIEW");
        }
        if (ApprovalAccess.provinceReviewer(row, user) && stage != null) {
            switch (stage) {
                case Stages.PROVINCE_REVIEW -> actions.add("PROVINCE_REVIEW");
                case Stages.HEARING -> actions.add("HEARING");
                case Stages.OBJECTIONS -> actions.add("RESOLVE_OBJECTIONS");
                case Stages.DECISION -> actions.add("DECIDE");
                case Stages.SHUTDOWN, Stages.DISMANTLING -> actions.add("CONFIRM_MILESTONE");
                case Stages.REASSESSMENT -> actions.add("REASSESS");
                default -> {}
            }
            if (Stages.PUBLICITY.equals(stage) || Stages.OBJECTIONS.equals(stage)) {
                actions.add("VERIFY_OBJECTION");
            }
            if (row.status() == ApplicationStatus.APPROVED
                    || row.status() == ApplicationStatus.PUBLICITY
                    || row.status() == ApplicationStatus.OBJECTIONS
                    || row.status() == ApplicationStatus.DECISION) {
                actions.add("REVOKE");
            }
        }
        return List.copyOf(actions);
    }

    static ReviewView review(ApprovalMapper.ReviewRow r) {
        return new ReviewView(
                r.step(),
                DisplayNames.of(Category.APPROVAL_STAGE, r.step()),
                r.outcome(),
                DisplayNames.of(Category.APPROVAL_OUTCOME, r.outcome()),
                r.reasons(),
                r.formVersion(),
                r.reviewer(),
                r.reviewedAt());
    }

    static FileView file(ApprovalMapper.FileRow f) {
        return new FileView(
                f.id(),
                f.purpose(),
                DisplayNames.of(Category.FILE_PURPOSE, f.purpose()),
                f.originalName(),
                f.mediaType(),
                f.sizeBytes(),
                f.sha256(),
                f.uploadedAt());
    }

    static DocumentView document(ApprovalMapper.DocumentRow d) {
        return new DocumentView(
                d.id(),
                d.kind(),
                DisplayNames.of(Category.DOCUMENT_KIND, d.kind()),
                d.documentNumber(),
                d.issuedOn(),
                d.sha256());
    }

    static ObjectionView objection(ApprovalMapper.ObjectionRow o, List<ApprovalMapper.FileRow> files) {
        return new ObjectionView(
                o.id(),
                o.receiptNumber(),
                o.publicityRound(),
                o.objectorName(),
                o.contact(),
                o.reasons(),
                o.status(),
                DisplayNames.of(Category.OBJECTION_STATUS, o.status()),
                o.verdict(),
                o.verifiedBy(),
                o.verifiedAt(),
                o.receivedAt(),
                files.stream()
                        .filter(f -> o.id().equals(f.objectionId()))
                        .map(ApprovalDetails::file)
                        .toList());
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
