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
 * The inspector's side of the on-site step under {@code /mobile/v1}: assigned inspections, the checklist, answers,
 * the signed record and evidence. Online for now; offline sync will reuse the same idempotent commands.
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
    @Operation(summary = "The on-site inspections assigned to my teams and waiting for the visit")
    List<MobileModels.AssignedInspection> assigned(Principal inspector) {
        return work.assignedInspections(inspector.getName());
    }

    @GetMapping("/{caseId}/checklist")
    @Operation(summary = "The case's checklist (its template version) and the answers so far")
    MobileModels.ChecklistForm checklist(@PathVariable long caseId, Principal inspector) {
        return work.checklist(inspector.getName(), caseId);
    }

    @PutMapping("/{caseId}/answers")
    @Operation(summary = "Save checklist answers by item code; resending the same clientRequestId changes nothing")
    MobileModels.Receipt answers(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SaveAnswers command, Principal inspector) {
        return work.saveAnswers(inspector.getName(), caseId, command.clientRequestId(), command.answers());
    }

    @PostMapping("/{caseId}/record")
    @Operation(
            summary = "Submit the signed on-site record: completes the on-site step and grades the answers into"
                    + " findings; resending the same clientRequestId changes nothing")
    MobileModels.Receipt record(
            @PathVariable long caseId, @Valid @RequestBody MobileModels.SubmitRecord command, Principal inspector) {
        return work.submitRecord(inspector.getName(), caseId, command.clientRequestId(), command.record());
    }

    @PostMapping(path = "/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload one evidence file (photo or PDF, type checked from its content); resending the same"
                    + " clientRequestId stores nothing twice")
    MobileModels.Receipt evidence(
            @PathVariable long caseId,
            @Parameter(description = "A device-generated id of this upload (at most 64 characters)") @RequestParam
                    String clientRequestId,
            @RequestPart("file") MultipartFile file,
            Principal inspector)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return work.uploadEvidence(
                    inspector.getName(), caseId, clientRequestId, file.getOriginalFilename(), content);
        }
    }
}
