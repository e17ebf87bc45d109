package cn.energyinspect.app.dashboard;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "dashboard", description = "监察统计：案件状态、地区、问题类型与行业、超限额企业、整改、逾期")
class DashboardController {
    private final Dashboard dashboard;
    private final DeskDashboard desk;

    DashboardController(Dashboard dashboard, DeskDashboard desk) {
        this.dashboard = dashboard;
        this.desk = desk;
    }

    @GetMapping("/api/v1/dashboard/desk")
    @Operation(
            summary =
                    "Desk-review figures of a report year (default: last year) in the caller's region: quota grades by"
                            + " industry, below-基准 share, data-centre PUE by grade, filing rate by region")
    DeskDashboard.DeskDashboardView desk(
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return desk.of(user, year);
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(summary = "Figures of the caller's region, cases opened in [from, to)")
    DashboardView dashboard(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @AuthenticationPrincipal CurrentUser user) {
        return dashboard.of(user, from, to);
    }
}
