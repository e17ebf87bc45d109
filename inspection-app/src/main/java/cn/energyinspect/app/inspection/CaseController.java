package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditEntry;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.spreadsheet.XlsxDownload;
import cn.energyinspect.mobile.MobileModels;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases", description = "监察案件")
class CaseController {
    private final InspectionCases cases;
    private final Checklists checklists;
    private final EvidenceFiles evidence;
    private final CaseDocuments documents;
    private final AuditLog audit;
    private final CaseListExport export;
    private final CasePeople people;

    CaseController(
            InspectionCases cases,
            Checklists checklists,
            EvidenceFiles evidence,
            CaseDocuments documents,
            AuditLog audit,
            CaseListExport export,
            CasePeople people) {
        this.cases = cases;
        this.checklists = checklists;
        this.evidence = evidence;
        this.documents = documents;
        this.audit = audit;
        this.export = export;
        this.people = people;
    }

    @PostMapping
    @Operation(summary = "Open a case for an enterprise of the caller's agency")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The case opened; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The case's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<CaseView> open(
            @RequestBody InspectionCases.OpenCase command,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "resend with the same key after a lost reply: the first case comes back")
                    @org.springframework.web.bind.annotation.RequestHeader(
                            value = cn.energyinspect.app.idempotency.IdempotencyKeys.HEADER,
                            required = false)
                    String idempotencyKey,
            @AuthenticationPrincipal CurrentUser user) {
        CaseView opened = cases.open(command, user, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id()))
                .body(opened);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its team, findings, documents and open steps")
    CaseView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its cases through the portal
        return cases.detail(id, user);
    }

    @GetMapping
    @Operation(summary = "Cases in the caller's jurisdiction, filtered and paged (page is 0-based)")
    CaseView.Page list(
            @ParameterObject CaseListParams filters,
            @Parameter(description = "The page, 0-based") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Cases per page") @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return cases.list(filters.filter(page, size), user);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Every case the list shows for these filters, as an Excel file (up to a cap)")
    @ApiResponse(
            responseCode = "200",
            description = "The cases as an Excel workbook, named 监察案件-YYYYMMDD.xlsx",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    void exportList(
            @ParameterObject CaseListParams filters,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        user.requireAgencyUser();
        // a refused filter throws before anything is written, so it is answered as a problem like the list's
        try (ExportedWorkbook xlsx = export.export(filters.filter(0, 0), user)) {
            response.setContentType(XlsxDownload.MEDIA_TYPE.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxDownload.attachment(xlsx.fileName()));
            xlsx.writeTo(response.getOutputStream());
        }
    }

    @GetMapping("/{id}/eligible-inspectors")
    @Operation(summary = "Inspectors who may join the case's team on the date (valid 执法证, no 回避), least loaded first")
    List<TeamMemberRow> eligibleInspectors(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate date,
            @AuthenticationPrincipal CurrentUser user) {
        return cases.eligibleInspectors(id, date, user);
    }

    @GetMapping("/{id}/checklist")
    @Operation(summary = "The checklist template version of the case and the answers so far")
    Checklists.Checklist checklist(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return checklists.checklist(cases.visible(id, user));
    }

    @PutMapping("/{id}/checklist/answers")
    @Operation(summary = "Save checklist answers by item code (the team, during the on-site step)")
    Checklists.Checklist saveAnswers(
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = MobileModels.ANSWER_SHAPES) @RequestBody
                    Map<String, JsonNode> answers,
            @AuthenticationPrincipal CurrentUser user) {
        return cases.saveAnswers(id, answers, user);
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "The append-only audit trail of the case (agency users and auditors; not the enterprise)")
    List<AuditEntry> auditTrail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        cases.visible(id, user);
        if (user.role() == cn.energyinspect.app.security.Role.ENTERPRISE) {
            // the trail holds the agency's internal deliberations: the enterprise has no access to it
            throw cn.energyinspect.app.refusal.Refusal.notFound("审计记录");
        }
        return audit.ofCase(id);
    }

    @GetMapping("/{id}/people")
    @Operation(
            summary = "The display name of every login the case's records name (audit actors, team, uploaders …), for"
                    + " the pages to show people by name (agency users and auditors; not the enterprise)")
    Map<String, String> people(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return people.of(id, user);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload one evidence file (photo or PDF, type checked from content, 20 MB at most)")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The evidence stored; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The evidence file's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<EvidenceRow> upload(
            @PathVariable long id, @RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user) {
        EvidenceRow saved = evidence.upload(id, file, user);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/evidence/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "The case's evidence items with their SHA-256, uploader and round")
    List<EvidenceRow> evidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return evidence.ofCase(id, user);
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file")
    @ApiResponse(
            responseCode = "200",
            description = "The file as uploaded, with its sniffed media type",
            content = {
                @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @PathVariable long evidenceId, @AuthenticationPrincipal CurrentUser user) {
        EvidenceFiles.Download download = evidence.download(id, evidenceId, user);
        return file(
                download.content(),
                download.evidence().mediaType(),
                download.evidence().originalName(),
                download.evidence().sizeBytes());
    }

    @GetMapping("/{id}/documents/{documentId}/pdf")
    @Operation(
            summary =
                    "Download an enforcement document (PDF); a draft rectification notice is rendered for the agency to"
                            + " read before approving it (not for the enterprise, which sees served documents only)")
    @ApiResponse(
            responseCode = "200",
            description = "The document as issued (its SHA-256 is in the case's documents)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<InputStreamResource> document(
            @PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal CurrentUser user) {
        CaseDocuments.Download pdf = cases.document(id, documentId, user);
        return file(pdf.content(), MediaType.APPLICATION_PDF_VALUE, pdf.fileName(), pdf.sizeBytes());
    }

    @PostMapping("/{id}/visit/reschedule")
    @Operation(
            summary =
                    "Move the visit to a new date with a reason (supervisor); a served notice is kept as superseded and"
                            + " a new one is served for the new date")
    CaseView reschedule(
            @PathVariable long id,
            @RequestBody InspectionCases.Reschedule request,
            @AuthenticationPrincipal CurrentUser user) {
        return cases.reschedule(id, request, user);
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(
            summary = "Ask for the case to be withdrawn (撤销立案) with a reason; a supervisor approves or refuses it in"
                    + " Task_ApproveWithdrawal")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<CaseView> withdrawal(
            @PathVariable long id,
            @RequestBody InspectionCases.WithdrawalRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.accepted().body(cases.requestWithdrawal(id, request, user));
    }

    @PostMapping("/{id}/findings")
    @Operation(
            summary =
                    "Record a violation the checklist does not model (the team, during the on-site step of the current"
                            + " round): description, law article code, evidence ids, measured value")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The finding recorded; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The finding's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<FindingRow> recordFinding(
            @PathVariable long id,
            @RequestBody InspectionCases.ManualFinding request,
            @AuthenticationPrincipal CurrentUser user) {
        FindingRow finding = cases.recordFinding(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/findings/" + finding.id()))
                .body(finding);
    }

    @DeleteMapping("/{id}/findings/{findingId}")
    @Operation(summary = "Remove a finding the team recorded by hand, before the round's record is signed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeFinding(
            @PathVariable long id, @PathVariable long findingId, @AuthenticationPrincipal CurrentUser user) {
        cases.removeFinding(id, findingId, user);
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<InputStreamResource> file(
            java.io.InputStream content, String mediaType, String fileName, long size) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(size)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content));
    }
}
