package cn.energyinspect.app.campaign.progress;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@Tag(name = "campaign progress", description = "计划进度汇总（本级及下级）")
class ProgressController {
    private final CampaignProgress progress;

    ProgressController(CampaignProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/progress")
    @Operation(summary = "Live roll-up of the plan and the lower plans in the caller's region")
    Progress progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return progress.of(id, user);
    }
}
