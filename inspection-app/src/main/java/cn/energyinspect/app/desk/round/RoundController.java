package cn.energyinspect.app.desk.round;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/desk/rounds")
@Tag(name = "desk-rounds", description = "能源利用状况报告报送轮次")
class RoundController {
    private final ReportRounds rounds;

    RoundController(ReportRounds rounds) {
        this.rounds = rounds;
    }

    @PostMapping
    @Operation(summary = "Open the filing round of a report year for the agency's region (due date, reminder days)")
    ResponseEntity<ReportRounds.RoundView> open(
            @RequestBody(required = false) ReportRounds.OpenRound request, @AuthenticationPrincipal CurrentUser user) {
        ReportRounds.RoundView view = rounds.open(request, user);
        return ResponseEntity.created(URI.create("/api/v1/desk/rounds/" + view.id()))
                .body(view);
    }

    @GetMapping
    @Operation(summary = "Rounds within or covering the reader's region, newest year first")
    List<ReportRounds.RoundView> list(
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return rounds.list(year, user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A round with its progress: on time, late, missing and pending by region")
    ReportRounds.RoundView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.view(id, user);
    }

    @GetMapping("/{id}/filers")
    @Operation(summary = "The round's units by status (PENDING, ON_TIME, LATE, MISSING) and region; paged, 0-based")
    ReportRounds.FilerPage filers(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return rounds.filers(id, status, regionCode, page, size, user);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the round once its due day has passed (409 before)")
    ReportRounds.RoundView close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.close(id, user);
    }

    @PostMapping("/{id}/filers/{uscc}/reopen")
    @Operation(summary = "After the round closed, let one unit file or correct its report, with the reason")
    FilerView reopen(
            @PathVariable long id,
            @PathVariable String uscc,
            @RequestBody(required = false) ReportRounds.Reopen request,
            @AuthenticationPrincipal CurrentUser user) {
        return rounds.reopen(id, uscc, request, user);
    }
}
