package cn.energyinspect.app.desk.screening;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.spreadsheet.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "desk-screening", description = "能源利用状况报告筛查与省级筛查规则")
class ScreeningController {
    private final Screenings screenings;
    private final RuleSettings rules;
    private final ScreeningExport export;

    ScreeningController(Screenings screenings, RuleSettings rules, ScreeningExport export) {
        this.screenings = screenings;
        this.rules = rules;
        this.export = export;
    }

    @GetMapping("/screenings")
    @Operation(summary = "Screening results in the agency's region, the highest risk first; paged, 0-based")
    Screenings.ScreeningPage list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String riskClass,
            @RequestParam(required = false) String signal,
            @RequestParam(required = false) Boolean candidate,
            @RequestParam(required = false) Boolean hasCase,
            @RequestParam(required = false) String industry,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return screenings.list(
                new Screenings.Filter(year, regionCode, riskClass, signal, candidate, hasCase, industry, page, size),
                user);
    }

    @GetMapping("/screenings/export.xlsx")
    @Operation(summary = "Every screening result the list shows for these filters, as an Excel file (up to 20,000)")
    @ApiResponse(
            responseCode = "200",
            description = "The results as an Excel workbook, named 书面监察筛查结果-YYYYMMDD.xlsx",
            content =
                    @Content(
                            mediaType = XlsxDownload.MEDIA_TYPE_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    void exportList(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String riskClass,
            @RequestParam(required = false) String signal,
            @RequestParam(required = false) Boolean candidate,
            @RequestParam(required = false) Boolean hasCase,
            @RequestParam(required = false) String industry,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        user.requireAgencyUser();
        // a refused filter throws before anything is written, so it is answered as a problem like the list's
        try (ExportedWorkbook xlsx = export.export(
                new Screenings.Filter(year, regionCode, riskClass, signal, candidate, hasCase, industry, 0, 0), user)) {
            response.setContentType(XlsxDownload.MEDIA_TYPE.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxDownload.attachment(xlsx.fileName()));
            xlsx.writeTo(response.getOutputStream());
        }
    }

    @GetMapping("/screenings/{id}")
    @Operation(summary = "One screening result with its signals and their basis")
    Screenings.ScreeningView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return screenings.get(id, user);
    }

    @GetMapping("/rule-set")
    @Operation(summary = "The screening rule set of the user's province: each signal's outcome and each threshold")
    RuleSettings.RuleSetView ruleSet(@AuthenticationPrincipal CurrentUser user) {
        return rules.view(user);
    }

    @PutMapping("/rule-set")
    @Operation(summary = "Set the province's outcome of signals and values of thresholds (province administrator)")
    RuleSettings.RuleSetView updateRuleSet(
            @RequestBody(required = false) RuleSettings.RuleSetUpdate request,
            @AuthenticationPrincipal CurrentUser user) {
        return rules.update(request, user);
    }
}
