package cn.energyinspect.mobile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
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
 * The inspector's side of the on-site step under {@code /mobile/v1}: the inspections of the user's teams, the offline
 * bundle of one, the checklist, answers with the version each was based on, evidence and signatures checked against
 * the hash the device computed, the signed record that names them, and what the server has of a visit. Every command
 * is idempotent by its client request id, so the device's queue can send again whatever it is unsure of.
 */
@RestController
@RequestMapping("/mobile/v1/inspections")
@Tag(name = "mobile", description = "监察员移动端：待检任务、检查表、答案、笔录与证据（每条命令带客户端请求编号，重发无害）")
class MobileInspectionController {
    private final InspectorWorkPort work;

    MobileInspectionController(InspectorWorkPort work) {
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "The inspections of my teams whose on-site step is open or coming")
    List<MobileModels.AssignedInspection> assigned(Principal inspector) {
        return work.assignedInspections(inspector.getName());
    }

    @GetMapping("/{caseId}/checklist")
    @Operation(summary = "The case's checklist (its template version) and the answers so far")
    MobileModels.ChecklistForm checklist(@PathVariable long caseId, Principal inspector) {
        return work.checklist(inspector.getName(), caseId);
    }

    @GetMapping("/{caseId}/bundle")
    @Operation(
            summary = "Everything the visit needs offline in one answer: case, team, enterprise, checklist with"
                    + " answers and versions, previous findings, quota indicators, equipment types, evidence so far")
    MobileModels.OfflineBundle bundle(@PathVariable long caseId, Principal inspector) {
        return work.bundle(inspector.getName(), caseId);
    }

    @GetMapping("/{caseId}/sync")
    @Operation(
            summary = "What the server has of this visit: status, answer versions, evidence and signatures received,"
                    + " commands handled, whether the record is signed")
    MobileModels.SyncStatus sync(@PathVariable long caseId, Principal inspector) {
        return work.syncStatus(inspector.getName(), caseId);
    }

    @GetMapping("/{caseId}/trace")
    @Operation(
            summary = "The visit as the device recorded it: device times with the server's receipt, GPS at start and"
                    + " end, every photo, file and signature with its metadata")
    MobileModels.VisitTrace trace(
            @PathVariable long caseId,
            @Parameter(description = "The round (1 = first visit); the current round when absent")
                    @RequestParam(required = false)
                    Integer round,
            Principal reader) {
        return work.trace(reader.getName(), caseId, round);
    }

    @PutMapping("/{caseId}/answers")
    @Operation(
            summary = "Save checklist answers by item code, each with the version it was based on (a stale one is a"
                    + " 409 with both values); resending the same clientRequestId changes nothing")
    MobileModels.Receipt answers(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SaveAnswers command, Principal inspector) {
        return work.saveAnswers(
                inspector.getName(), caseId, command.clientRequestId(), command.answers(), command.baseVersions());
    }

    @PostMapping("/{caseId}/record")
    @Operation(
            summary = "Submit the signed on-site record naming the hashes of its evidence and signatures: completes"
                    + " the on-site step and grades the answers into findings once every one has arrived (409 naming"
                    + " what is missing otherwise); resending the same clientRequestId changes nothing")
    MobileModels.Receipt record(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SubmitRecord command, Principal inspector) {
        return work.submitRecord(inspector.getName(), caseId, command.clientRequestId(), command.record());
    }

    /**
     * One evidence file: the {@code file} part, the {@code meta} part (JSON, {@link MobileModels.EvidenceMeta}) with
     * the hash the device computed, and the client request id.
     */
    @PostMapping(path = "/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload one evidence file (photo, PDF or signature PNG, type checked from its content, SHA-256"
                    + " checked against the device's); resending the same clientRequestId or file stores nothing"
                    + " twice")
    MobileModels.Receipt evidence(
            @PathVariable long caseId,
            @Parameter(description = "A device-generated id of this upload (at most 64 characters)") @RequestParam
                    String clientRequestId,
            @Parameter(
                            description = "What the device knows of the file (JSON): kind, the SHA-256 it computed when"
                                    + " the file was taken, caption, checklist item, time, position, EXIF, signer")
                    @Valid
                    @RequestPart("meta")
                    MobileModels.EvidenceMeta meta,
            @RequestPart("file") MultipartFile file,
            Principal inspector) {
        return work.uploadEvidence(inspector.getName(), caseId, clientRequestId, meta, new Upload(file));
    }

    /** The multipart file as the port reads it: once for its hash, once to store it. */
    private record Upload(MultipartFile file) implements MobileModels.UploadedFile {
        @Override
        public String fileName() {
            return file.getOriginalFilename();
        }

        @Override
        public long size() {
            return file.getSize();
        }

        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }
}
