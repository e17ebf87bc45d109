package cn.energyinspect.app.desk.report;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
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

@RestController
@RequestMapping("/api/v1/desk/reports")
@Tag(name = "desk-reports", description = "能源利用状况报告")
class ReportController {
    private final EnergyReports reports;
    private final ReportImports imports;

    ReportController(EnergyReports reports, ReportImports imports) {
        this.reports = reports;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "Reports the reader may see (an enterprise its own, an agency its region); paged, 0-based")
    EnergyReports.ReportPage list(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.list(year, page, size, user);
    }

    @GetMapping("/{uscc}/{year}")
    @Operation(summary = "A unit's report of a year: draft, versions, the latest checks, its filing round")
    EnergyReports.ReportView get(
            @PathVariable String uscc, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        return reports.view(uscc, year, user);
    }

    @PutMapping("/{uscc}/{year}/draft")
    @Operation(summary = "Save the draft as typed (nothing is checked or filed)")
    EnergyReports.ReportView saveDraft(
            @PathVariable String uscc,
            @PathVariable int year,
            @RequestBody(required = false) ReportContent content,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.saveDraft(uscc, year, content, user);
    }

    @PostMapping("/{uscc}/{year}/check")
    @Operation(summary = "Check a report as typed without saving: problems by field and the verdicts (always 200)")
    EnergyReports.LiveCheck check(
            @PathVariable String uscc,
            @PathVariable int year,
            @RequestBody(required = false) ReportContent content,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.check(uscc, year, content, user);
    }

    @PostMapping("/{uscc}/{year}/submit")
    @Operation(
            summary = "File the report as a new version (201); the same content again is stored once (200); a"
                    + " correction needs its reason; after the round closed a 409 unless reopened for the unit")
    ResponseEntity<EnergyReports.Submitted> submit(
            @PathVariable String uscc,
            @PathVariable int year,
            @RequestBody(required = false) EnergyReports.Submission submission,
            @AuthenticationPrincipal CurrentUser user) {
        EnergyReports.Submitted filed = reports.submit(uscc, year, submission, user);
        URI location = URI.create("/api/v1/desk/reports/" + uscc + "/" + year + "/versions/" + filed.version());
        return filed.created()
                ? ResponseEntity.created(location).body(filed)
                : ResponseEntity.ok()
                        .header(HttpHeaders.LOCATION, location.toString())
                        .body(filed);
    }

    @GetMapping("/{uscc}/{year}/versions/{version}")
    @Operation(summary = "A submitted version with its content and every check of it")
    EnergyReports.VersionDetail version(
            @PathVariable String uscc,
            @PathVariable int year,
            @PathVariable int version,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.version(uscc, year, version, user);
    }

    @PostMapping(value = "/{uscc}/{year}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload the report as the Excel template filled in: it becomes the draft, with its live checks;"
                    + " a malformed file or a cell that is not a number is a 422 naming sheet, row and column")
    EnergyReports.LiveCheck upload(
            @PathVariable String uscc,
            @PathVariable int year,
            @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        return imports.upload(uscc, year, file, user);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The Excel template of the report, one sheet per table, with a sheet of codes")
    @ApiResponse(
            responseCode = "200",
            description = "The template workbook",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of(ReportWorkbook.TEMPLATE_NAME, ReportWorkbook.template());
    }

    @GetMapping("/batch-template.xlsx")
    @Operation(summary = "The template of a province's batch: one row per unit")
    @ApiResponse(
            responseCode = "200",
            description = "The batch template workbook",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> batchTemplate() {
        return XlsxDownload.of(BatchWorkbook.TEMPLATE_NAME, BatchWorkbook.template());
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a province's batch of reports (mode validate | all | validOnly) for units that file"
                    + " elsewhere, with a per-cell report",
            description = "validate only checks; all files only a batch without errors (else 422 with the report);"
                    + " validOnly files the valid rows and reports the others")
    ReportImports.ImportReport importBatch(
            @RequestPart("file") MultipartFile file,
            @RequestParam int year,
            @RequestParam(defaultValue = "validate") String mode,
            @AuthenticationPrincipal CurrentUser user) {
        return imports.importBatch(file, year, mode, user);
    }
}
