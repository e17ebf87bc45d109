package cn.energyinspect.app.admin.oplog;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.spreadsheet.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/operation-log")
@Tag(name = "operation-log", description = "操作日志（监督员、系统管理员）")
class OperationLogController {
    private final OperationLog log;

    OperationLogController(OperationLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Changes and security events of the reader's region, newest first")
    OperationLog.Page search(
            @Parameter(description = "AUDIT | SECURITY") @RequestParam(required = false) String source,
            @Parameter(description = "login or part of the name of who acted") @RequestParam(required = false)
                    String actor,
            @Parameter(description = "action or event kind, e.g. CASE_OPENED, LOGIN_FAILED")
                    @RequestParam(required = false)
                    String action,
            @Parameter(description = "from this day (Asia/Shanghai)") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "to this day, inclusive") @RequestParam(required = false) LocalDate to,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, at most 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser reader) {
        return log.search(new OperationLog.Filter(source, actor, action, from, to), page, size, reader);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The operation log for these filters as an Excel file (up to a cap)")
    @ApiResponse(
            responseCode = "200",
            description = "The log as an Excel workbook, named 操作日志-YYYYMMDD.xlsx",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    void export(
            @Parameter(description = "AUDIT | SECURITY") @RequestParam(required = false) String source,
            @Parameter(description = "login or part of the name of who acted") @RequestParam(required = false)
                    String actor,
            @Parameter(description = "action or event kind") @RequestParam(required = false) String action,
            @Parameter(description = "from this day") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "to this day, inclusive") @RequestParam(required = false) LocalDate to,
            @AuthenticationPrincipal CurrentUser reader,
            HttpServletResponse response)
            throws IOException {
        try (ExportedWorkbook xlsx = log.export(new OperationLog.Filter(source, actor, action, from, to), reader)) {
            response.setContentType(XlsxDownload.MEDIA_TYPE.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxDownload.attachment(xlsx.fileName()));
            xlsx.writeTo(response.getOutputStream());
        }
    }
}
