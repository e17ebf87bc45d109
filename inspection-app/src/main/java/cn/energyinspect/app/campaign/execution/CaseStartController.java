package cn.energyinspect.app.campaign.execution;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns/{id}/cases")
@Tag(name = "campaign cases", description = "按抽取结果批量立案")
class CaseStartController {
    private final CampaignCaseStarts starts;

    CaseStartController(CampaignCaseStarts starts) {
        this.starts = starts;
    }

    @PostMapping("/start")
    @Operation(summary = "Start the cases of every target without one, in the background (202); poll the progress")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<StartProgress> start(
            @PathVariable long id,
            @RequestBody(required = false) StartRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(starts.request(id, request, user));
    }

    @GetMapping("/start")
    @Operation(summary = "Progress of the case start")
    StartProgress progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return starts.progress(id, user);
    }
}
