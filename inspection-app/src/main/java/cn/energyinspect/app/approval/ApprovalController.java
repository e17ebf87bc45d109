package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.ApprovalViews.ApplicationView;
import cn.energyinspect.app.approval.ApprovalViews.SubmissionResult;
import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.approval.whitelist.WhiteListForm;
import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Project approvals: the enterprise's applications (drafts with a live pre-check, submission, files) and the
 * reviewers' steps (city and province review, hearing, objections, decision, follow-ups, revocation, re-assessment).
 */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "approvals", description = "产能置换与白名单申请、审核、公示异议处理、审批决定和后续跟踪")
class ApprovalController {
    private final Applications applications;
    private final Reviews reviews;

    ApprovalController(Applications applications, Reviews reviews) {
        this.applications = applications;
        this.reviews = reviews;
    }

    @PostMapping("/capacity-replacement")
    @Operation(summary = "Create a capacity-replacement plan (draft, pre-checked)")
    ResponseEntity<ApplicationView> createCapacity(
            @RequestBody CapacityPlanForm form, @AuthenticationPrincipal CurrentUser user) {
        return created(applications.create(form, user));
    }

    @PutMapping("/capacity-replacement/{id}")
    @Operation(summary = "Save a capacity plan (draft or returned), pre-checked again")
    ApplicationView saveCapacity(
            @PathVariable long id,
            @RequestParam(required = false) Integer rowVersion,
            @RequestBody CapacityPlanForm form,
            @AuthenticationPrincipal CurrentUser user) {
        return applications.save(id, form, rowVersion, user);
    }

    @PostMapping("/capacity-replacement/precheck")
    @Operation(summary = "Pre-check a capacity plan without saving it (the verdict, never an error)")
    PreCheckView precheckCapacity(@RequestBody CapacityPlanForm form, @AuthenticationPrincipal CurrentUser user) {
        return applications.precheck(form, user);
    }

    @PostMapping("/white-list")
    @Operation(summary = "Create a white-list application (draft, scored)")
    ResponseEntity<ApplicationView> createWhiteList(
            @RequestBody WhiteListForm form, @AuthenticationPrincipal CurrentUser user) {
        return created(applications.create(form, user));
    }

    @PutMapping("/white-list/{id}")
    @Operation(summary = "Save a white-list application (draft or returned), scored again")
    ApplicationView saveWhiteList(
            @PathVariable long id,
            @RequestParam(required = false) Integer rowVersion,
            @RequestBody WhiteListForm form,
            @AuthenticationPrincipal CurrentUser user) {
        return applications.save(id, form, rowVersion, user);
    }

    @PostMapping("/white-list/precheck")
    @Operation(summary = "Score a white-list application without saving it")
    PreCheckView precheckWhiteList(@RequestBody WhiteListForm form, @AuthenticationPrincipal CurrentUser user) {
        return applications.precheck(form, user);
    }

    @GetMapping("/settings")
    @Operation(summary = "The province's approval settings in force for a region, each flagged when unconfirmed")
    ApprovalProperties.Settings settings(@RequestParam String region) {
        return applications.settings(region);
    }

    @GetMapping
    @Operation(summary = "Applications the caller may see (an enterprise its own, officials their region)")
    ApprovalViews.Page list(
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return applications.list(programme, status, page, size, user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application: form, versions, pre-check, holds, reviews, objections, papers, follow-ups")
    ApplicationView detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return applications.detail(id, user);
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit or resubmit; a pre-check that holds it back answers submitted=false with the verdict")
    SubmissionResult submit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return applications.submit(id, user);
    }

    @PostMapping(value = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a file (APPLICATION, SHUTDOWN, DISMANTLING by the enterprise; HEARING by the reviewer)")
    ApprovalViews.FileView upload(
            @PathVariable long id,
            @RequestParam(defaultValue = "APPLICATION") String purpose,
            @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        try {
            return applications.upload(id, purpose, file.getOriginalFilename(), file.getInputStream(), user);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload", e);
        }
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Download a file of the application")
    ResponseEntity<InputStreamResource> file(
            @PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user) {
        return download(applications.download(id, "file", fileId, user), MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download a decision PDF (公告, 批复, 通知)")
    ResponseEntity<InputStreamResource> document(
            @PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal CurrentUser user) {
        return download(applications.download(id, "document", documentId, user), MediaType.APPLICATION_PDF);
    }

    @PostMapping("/{id}/city-review")
    @Operation(summary = "City review: PASS, RETURN (reasons) or REFUSE (reasons)")
    ApplicationView cityReview(
            @PathVariable long id,
            @RequestBody ReviewRequests.Review request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.cityReview(id, request, user);
    }

    @PostMapping("/{id}/province-review")
    @Operation(summary = "Province review: PASS (to the hearing or the 公示), RETURN or REFUSE")
    ApplicationView provinceReview(
            @PathVariable long id,
            @RequestBody ReviewRequests.Review request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.provinceReview(id, request, user);
    }

    @PostMapping("/{id}/hearing")
    @Operation(summary = "Record the hearing of a cross-province plan; the 公示 follows")
    ApplicationView hearing(
            @PathVariable long id,
            @RequestBody ReviewRequests.Hearing request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.hearing(id, request, user);
    }

    @PostMapping("/{id}/objections/{objectionId}/verification")
    @Operation(summary = "Verify an objection: substantiated or not, with reasons")
    ApplicationView verify(
            @PathVariable long id,
            @PathVariable long objectionId,
            @RequestBody ReviewRequests.Verification request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.verifyObjection(id, objectionId, request, user);
    }

    @PostMapping("/{id}/objection-resolution")
    @Operation(summary = "After the 公示 with objections: CONTINUE, AMEND (publish again) or WITHDRAW")
    ApplicationView resolve(
            @PathVariable long id,
            @RequestBody ReviewRequests.Resolution request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.resolveObjections(id, request, user);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide: APPROVE (公告 and 批复 are issued) or REFUSE (reasons)")
    ApplicationView decide(
            @PathVariable long id,
            @RequestBody ReviewRequests.Decision request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.decide(id, request, user);
    }

    @PostMapping("/{id}/milestones/{milestone}")
    @Operation(summary = "Confirm a follow-up (SHUTDOWN, DISMANTLING) on the enterprise's evidence files")
    ApplicationView milestone(
            @PathVariable long id,
            @PathVariable String milestone,
            @RequestBody ReviewRequests.Milestone request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.confirmMilestone(id, milestone, request, user);
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Suspend or withdraw an approval with reasons; the 公告 of it is published")
    ApplicationView revoke(
            @PathVariable long id,
            @RequestBody ReviewRequests.Revocation request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.revoke(id, request, user);
    }

    @PostMapping("/{id}/reassessment")
    @Operation(summary = "White-list re-assessment at the listing's end: KEEP or REVOKE")
    ApplicationView reassess(
            @PathVariable long id,
            @RequestBody ReviewRequests.Reassessment request,
            @AuthenticationPrincipal CurrentUser user) {
        return reviews.reassess(id, request, user);
    }

    private static ResponseEntity<ApplicationView> created(ApplicationView view) {
        return ResponseEntity.created(URI.create("/api/v1/approvals/" + view.id()))
                .body(view);
    }

    private static ResponseEntity<InputStreamResource> download(PublicApprovals.Download download, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(download.sizeBytes())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(download.content()));
    }
}
