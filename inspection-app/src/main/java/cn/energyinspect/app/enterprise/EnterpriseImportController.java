package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/enterprises/import")
@Tag(name = "enterprises", description = "企业名录")
class EnterpriseImportController {
    private final EnterpriseImport imports;

    EnterpriseImportController(EnterpriseImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import enterprises from an .xlsx sheet (mode validate | all | validOnly), with a per-row report",
            description = "validate only checks; all imports only a file without errors (else 422 with the report);"
                    + " validOnly imports the valid rows and reports the others")
    EnterpriseImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "validate") String mode,
            @AuthenticationPrincipal CurrentUser user) {
        return imports.importFile(file, mode, user);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The empty import template, with a sheet explaining each column")
    @ApiResponse(
            responseCode = "200",
            description = "The template workbook",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of(EnterpriseImportTemplate.FILE_NAME, EnterpriseImportTemplate.bytes());
    }
}
