package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.penalty.PenaltyAccess;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.credit.CreditMapper;
import cn.energyinspect.app.penalty.credit.CreditRepairs;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.penalty.steps.PenaltyTasks;
import cn.energyinspect.app.penalty.steps.PortalPenalties;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/portal/penalties")
@Tag(name = "portal-penalties", description = "企业门户：行政处罚")
class PortalPenaltyController {
    private final PenaltyQueries queries;
    private final PortalPenalties portal;
    private final PenaltyAccess access;
    private final PenaltyDocuments documents;

    PortalPenaltyController(
            PenaltyQueries queries, PortalPenalties portal, PenaltyAccess access, PenaltyDocuments documents) {
        this.queries = queries;
        this.portal = portal;
        this.access = access;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "My penalty cases, from the 告知书 on")
    PenaltyView.Page mine(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        enterprise(user);
        return queries.list(new PenaltyQueries.Filters(null, null, null, null, page, size), user);
    }

    @GetMapping("/{id}")
    PenaltyView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        enterprise(user);
        return queries.detail(id, user);
    }

    @PostMapping("/{id}/statement")
    @Operation(summary = "陈述申辩 (or its waiver) within its period")
    PenaltyTasks.OpenStep statement(
            @PathVariable long id, @RequestBody JsonNode payload, @AuthenticationPrincipal CurrentUser user) {
        return portal.statement(id, payload, user);
    }

    @PostMapping("/{id}/hearing-request")
    @Operation(summary = "Ask for a hearing within 5 working days of the 告知书; later is a 422 naming the deadline")
    PenaltyParts.Hearing hearing(
            @PathVariable long id,
            @RequestBody(required = false) PortalPenalties.HearingRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return portal.requestHearing(id, request == null ? new PortalPenalties.HearingRequest(null) : request, user);
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a payment proof (purpose=PAYMENT_PROOF) or repair material (purpose=REPAIR)")
    ResponseEntity<PenaltyParts.File> upload(
            @PathVariable long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "PAYMENT_PROOF") String purpose,
            @AuthenticationPrincipal CurrentUser user) {
        PenaltyParts.File saved = portal.upload(id, file, purpose, user);
        return ResponseEntity.created(URI.create("/api/v1/portal/penalties/" + id + "/files/" + saved.id()))
                .body(saved);
    }

    @PostMapping("/{id}/payment-proof")
    @Operation(summary = "The proof of payment (an uploaded file, the day and the amount); the agency confirms it")
    ResponseEntity<PenaltyParts.Payment> payment(
            @PathVariable long id,
            @RequestBody PortalPenalties.PaymentProof proof,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(portal.paymentProof(id, proof, user));
    }

    @GetMapping("/{id}/repair")
    @Operation(summary = "Whether credit repair may be applied for now: the earliest day, the fine paid, the 整改复查意见书")
    CreditRepairs.Conditions repairConditions(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return portal.repairConditions(id, user);
    }

    @PostMapping("/{id}/repair")
    @Operation(summary = "Apply for credit repair; before the minimum period is a 422 with the earliest date")
    ResponseEntity<CreditMapper.Repair> repair(
            @PathVariable long id,
            @RequestBody CreditRepairs.Application application,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(portal.applyRepair(id, application, user));
    }

    @GetMapping("/{id}/documents/{documentId}/pdf")
    @Transactional(readOnly = true)
    ResponseEntity<InputStreamResource> document(
            @PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal CurrentUser user) {
        enterprise(user);
        queries.detail(id, user);
        PenaltyDocuments.Download download = documents.download(access.visible(id, user), documentId);
        return PenaltyController.attachment(
                download.content(), MediaType.APPLICATION_PDF_VALUE, download.fileName(), download.sizeBytes());
    }

    private static void enterprise(CurrentUser user) {
        user.requireRole(PortalPenalties.PORTAL_ONLY, Role.ENTERPRISE);
    }
}
