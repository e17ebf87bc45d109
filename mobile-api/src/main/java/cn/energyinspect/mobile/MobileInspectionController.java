package cn.energyinspect.mobile;

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
class MobileInspectionController {
    private final InspectorWorkPort work;

    MobileInspectionController(InspectorWorkPort work) {
        this.work = work;
    }

    @GetMapping
    List<MobileModels.AssignedInspection> assigned(Principal inspector) {
        return work.assignedInspections(inspector.getName());
    }

    @GetMapping("/{caseId}/checklist")
    MobileModels.ChecklistForm checklist(@PathVariable long caseId, Principal inspector) {
        return work.checklist(inspector.getName(), caseId);
    }

    @GetMapping("/{caseId}/bundle")
    MobileModels.OfflineBundle bundle(@PathVariable long caseId, Principal inspector) {
        return work.bundle(inspector.getName(), caseId);
    }

    @GetMapping("/{caseId}/sync")
    MobileModels.SyncStatus sync(@PathVariable long caseId, Principal inspector) {
        return work.syncStatus(inspector.getName(), caseId);
    }

    @GetMapping("/{caseId}/trace")
    MobileModels.VisitTrace trace(
            @PathVariable long caseId, @RequestParam(required = false) Integer round, Principal reader) {
        return work.trace(reader.getName(), caseId, round);
    }

    @PutMapping("/{caseId}/answers")
    MobileModels.Receipt answers(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SaveAnswers command, Principal inspector) {
        return work.saveAnswers(
                inspector.getName(), caseId, command.clientRequestId(), command.answers(), command.baseVersions());
    }

    @PostMapping("/{caseId}/record")
    MobileModels.Receipt record(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SubmitRecord command, Principal inspector) {
        return work.submitRecord(inspector.getName(), caseId, command.clientRequestId(), command.record());
    }

    /**
     * One evidence file: the {@code file} part, the {@code meta} part (JSON, {@link MobileModels.EvidenceMeta}) with
     * the hash the device computed, and the client request id.
     */
    @PostMapping(path = "/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MobileModels.Receipt evidence(
            @PathVariable long caseId,
            @RequestParam String clientRequestId,
            @Valid @RequestPart("meta") MobileModels.EvidenceMeta meta,
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
