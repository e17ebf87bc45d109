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
 * The inspector's side of the on-site step under {@code /mobile/v1}: assigned inspections, the checklist, answers,
 * the signed record and evidence. Online for now; offline sync will reuse the same idempotent commands.
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

    @PutMapping("/{caseId}/answers")
    MobileModels.Receipt answers(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SaveAnswers command, Principal inspector) {
        return work.saveAnswers(inspector.getName(), caseId, command.clientRequestId(), command.answers());
    }

    @PostMapping("/{caseId}/record")
    MobileModels.Receipt record(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SubmitRecord command, Principal inspector) {
        return work.submitRecord(inspector.getName(), caseId, command.clientRequestId(), command.record());
    }

    @PostMapping(path = "/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MobileModels.Receipt evidence(
            @PathVariable long caseId,
            @RequestParam String clientRequestId,
            @RequestPart("file") MultipartFile file,
            Principal inspector)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return work.uploadEvidence(
                    inspector.getName(), caseId, clientRequestId, file.getOriginalFilename(), content);
        }
    }
}
