package cn.energyinspect.app.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 公示 and decisions of project approvals, for anyone; the anonymous objection form. */
@RestController
@RequestMapping("/api/v1/public/approvals")
@Tag(name = "public-approvals", description = "项目审批公示、异议和审批结果公告（公开，无需登录）")
class PublicApprovalController {
    private final PublicApprovals approvals;
    private final Objections objections;

    PublicApprovalController(PublicApprovals approvals, Objections objections) {
        this.approvals = approvals;
        this.objections = objections;
    }

    @GetMapping("/publicity")
    @Operation(summary = "Applications in 公示 today, optionally of one province (its own and those taking its lines)")
    List<PublicApprovals.PublicityItem> publicity(
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return approvals.inPublicity(province, page, size);
    }

    @GetMapping("/decisions")
    @Operation(summary = "Published decisions (公告, 通知, suspensions and withdrawals), newest first")
    List<PublicApprovals.DecisionItem> decisions(
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return approvals.decisions(province, page, size);
    }

    @GetMapping("/{number}")
    @Operation(summary = "One published application: its public particulars, 公示 dates and decisions")
    PublicApprovals.PublicityDetail detail(@PathVariable String number) {
        return approvals.detail(number);
    }

    @GetMapping("/{number}/documents/{documentId}")
    @Operation(summary = "A decision's PDF")
    ResponseEntity<InputStreamResource> document(@PathVariable String number, @PathVariable long documentId) {
        PublicApprovals.Download download = approvals.document(number, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(download.sizeBytes())
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(download.content()));
    }

    @PostMapping(value = "/{number}/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "File an objection during the 公示 (no account; throttled; the same objection is stored once)")
    ResponseEntity<Objections.Receipt> object(
            @PathVariable String number,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String reasons,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request) {
        List<Objections.Attachment> attachments = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                attachments.add(new Objections.Attachment(file.getOriginalFilename(), Objections.open(file)));
            }
        }
        Objections.Receipt receipt =
                objections.file(number, name, contact, reasons, attachments, request.getRemoteAddr());
        return ResponseEntity.status(receipt.alreadyReceived() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(receipt);
    }
}
