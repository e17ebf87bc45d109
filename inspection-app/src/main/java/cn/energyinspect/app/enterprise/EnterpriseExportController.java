package cn.energyinspect.app.enterprise;

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
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "enterprises", description = "企业名录")
class EnterpriseExportController {
    private final EnterpriseListExport export;

    EnterpriseExportController(EnterpriseListExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/enterprises/export.xlsx")
    @Operation(summary = "Every enterprise the list shows for these filters, as an Excel file (up to a cap)")
    @ApiResponse(
            responseCode = "200",
            description = "The enterprises as an Excel workbook, named 企业名录-YYYYMMDD.xlsx",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    void exportList(
            @Parameter(description = "region (GB/T 2260) and below") @RequestParam(required = false) String regionCode,
            @Parameter(description = "GB/T 4754 code or prefix") @RequestParam(required = false) String industry,
            @Parameter(description = "重点用能单位 only, or not") @RequestParam(required = false) Boolean keyEnergyUnit,
            @Parameter(description = "part of the name, or the start of the 统一社会信用代码") @RequestParam(required = false)
                    String nameContains,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        try (ExportedWorkbook xlsx = export.export(
                new EnterpriseRegister.Filter(regionCode, industry, keyEnergyUnit, nameContains, 0, 1), user)) {
            response.setContentType(XlsxDownload.MEDIA_TYPE.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxDownload.attachment(xlsx.fileName()));
            xlsx.writeTo(response.getOutputStream());
        }
    }
}
