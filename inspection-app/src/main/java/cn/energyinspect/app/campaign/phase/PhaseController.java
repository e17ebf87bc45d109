package cn.energyinspect.app.campaign.phase;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns/{id}/phase")
@Tag(name = "campaign phases", description = "计划阶段：任务分解、随机抽取、检查实施、总结、结果公开")
class PhaseController {
    private final CampaignPhases phases;

    PhaseController(CampaignPhases phases) {
        this.phases = phases;
    }

    @GetMapping
    @Operation(summary = "The phase the plan is in and the phases that ran past their deadline")
    CampaignPhases.PhaseView phase(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return phases.view(id, user);
    }

    @PostMapping("/{phase}/complete")
    @Operation(summary = "End SPLIT, EXECUTION or SUMMARY (DRAW ends with the reveal, PUBLICATION with the results)")
    CampaignPhases.PhaseView complete(
            @PathVariable long id, @PathVariable String phase, @AuthenticationPrincipal CurrentUser user) {
        return phases.complete(id, phase, user);
    }
}
