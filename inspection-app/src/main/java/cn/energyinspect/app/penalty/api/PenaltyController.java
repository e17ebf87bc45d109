package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.audit.AuditEntry;
import cn.energyinspect.app.penalty.PenaltyAccess;
import cn.energyinspect.app.penalty.PenaltyIntake;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.paperwork.PenaltyDocuments;
import cn.energyinspect.app.penalty.steps.DecisionForms;
import cn.energyinspect.app.penalty.steps.PenaltyCommands;
import cn.energyinspect.app.penalty.steps.PenaltyFiles;
import cn.energyinspect.app.penalty.steps.PenaltyTasks;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.Procedure;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/v1/penalties")
@Tag(name = "penalties", description = "行政处罚案件")
class PenaltyController {
    private final PenaltyQueries queries;
    private final PenaltyIntake intake;
    private final PenaltyTasks tasks;
    private final PenaltyCommands commands;
    private final PenaltyAccess access;
    private final PenaltyDocuments documents;
    private final PenaltyFiles files;

    PenaltyController(
            PenaltyQueries queries,
            PenaltyIntake intake,
            PenaltyTasks tasks,
            PenaltyCommands commands,
            PenaltyAccess access,
            PenaltyDocuments documents,
            PenaltyFiles files) {
        this.queries = queries;
        this.intake = intake;
        this.tasks = tasks;
        this.commands = commands;
        this.access = access;
        this.documents = documents;
        this.files = files;
    }

    @GetMapping
    @Operation(
            summary = "Penalty cases in the caller's jurisdiction, newest first; filters: status, article (code),"
                    + " publication (status), enterprise (name part or code); page is 0-based")
    PenaltyView.Page list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String article,
            @RequestParam(required = false) String publication,
            @RequestParam(required = false) String enterprise,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        return queries.list(new PenaltyQueries.Filters(status, article, publication, enterprise, page, size), user);
    }

    @PostMapping
    @Operation(summary = "Open a penalty case by hand (a violation found otherwise); its procedure starts at 立案审批")
    ResponseEntity<PenaltyView> open(
            @RequestBody PenaltyIntake.OpenPenalty command,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "resend with the same key after a lost reply: the first case comes back")
                    @org.springframework.web.bind.annotation.RequestHeader(
                            value = cn.energyinspect.app.idempotency.IdempotencyKeys.HEADER,
                            required = false)
                    String idempotencyKey,
            @AuthenticationPrincipal CurrentUser user) {
        long id = intake.open(command, user, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/penalties/" + id)).body(queries.detail(id, user));
    }

    @GetMapping("/articles")
    @Operation(summary = "The penalty articles of 节约能源法 with who imposes them and their fine ranges (元)")
    List<PenaltyView.Article> articles() {
        return Procedure.standard().articles().stream()
                .filter(a -> a.role() == LawArticle.Role.PENALTY)
                .map(a -> PenaltyQueries.article(a.code()))
                .toList();
    }

    @GetMapping("/statistics")
    @Operation(
            summary =
                    "Penalties by article and amount, publication on time vs late (with the delay distribution), repairs")
    PenaltyQueries.Statistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        return queries.statistics(from, to, user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A penalty case with its documents, decision, credit record, publication, pushes and open steps")
    PenaltyView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        return queries.detail(id, user);
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "The case's audit trail")
    List<AuditEntry> audit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        return queries.audit(id, user);
    }

    @GetMapping("/{id}/precedents")
    @Operation(
            summary =
                    "The article's fine range and the agency's earlier decisions on it (amounts: lowest, median, highest)")
    DecisionForms.Form precedents(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        return queries.precedents(id, user);
    }

    @PostMapping("/{id}/steps/{taskKey}")
    @Operation(
            summary =
                    "Complete the case's open step by its key (Task_Decide …) with its payload; 409 saying why when the"
                            + " case does not wait for it (a decision during the 告知 periods names the days they end)")
    PenaltyTasks.OpenStep step(
            @PathVariable long id,
            @PathVariable String taskKey,
            @RequestBody(required = false) JsonNode payload,
            @AuthenticationPrincipal CurrentUser user) {
        return tasks.completeStep(id, taskKey, payload, user);
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "撤销立案 with its reason, before the decision")
    ResponseEntity<PenaltyView> withdraw(
            @PathVariable long id,
            @RequestBody PenaltyCommands.Withdrawal command,
            @AuthenticationPrincipal CurrentUser user) {
        commands.withdraw(id, command, user);
        return ResponseEntity.ok(queries.detail(id, user));
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add evidence to the case (type and size checked from the content)")
    ResponseEntity<PenaltyParts.File> upload(
            @PathVariable long id, @RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user) {
        PenaltyParts.File saved = commands.addEvidence(id, file, user);
        return ResponseEntity.created(URI.create("/api/v1/penalties/" + id + "/files/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Transactional(readOnly = true)
    ResponseEntity<InputStreamResource> file(
            @PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        PenaltyFiles.Download download = files.download(access.visible(id, user), fileId);
        return attachment(
                download.content(),
                download.file().mediaType(),
                download.file().originalName(),
                download.file().sizeBytes());
    }

    @GetMapping("/{id}/documents/{documentId}/pdf")
    @Transactional(readOnly = true)
    ResponseEntity<InputStreamResource> document(
            @PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // the enterprise reads its penalty cases through the portal
        PenaltyDocuments.Download download = documents.download(access.visible(id, user), documentId);
        return attachment(
                download.content(), MediaType.APPLICATION_PDF_VALUE, download.fileName(), download.sizeBytes());
    }

    @PostMapping("/{id}/payments/{paymentId}/confirm")
    @Operation(summary = "Confirm the enterprise's payment: the fine is paid (加处罚款 computed when late)")
    PenaltyParts.Payment confirm(
            @PathVariable long id, @PathVariable long paymentId, @AuthenticationPrincipal CurrentUser user) {
        return commands.confirmPayment(id, paymentId, user);
    }

    @PostMapping("/{id}/changes")
    @Operation(
            summary = "The decision was revoked or amended later (复议, 诉讼, 自行纠错): the credit record is withdrawn or"
                    + " corrected with the reason, and the change pushed to the platform")
    PenaltyParts.Change change(
            @PathVariable long id,
            @RequestBody PenaltyCommands.Change command,
            @AuthenticationPrincipal CurrentUser user) {
        return commands.change(id, command, user);
    }

    static ResponseEntity<InputStreamResource> attachment(
            InputStream content, String mediaType, String fileName, long size) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(size)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content));
    }
}
