package cn.energyinspect.app.campaign.publication;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@Tag(name = "campaign publication", description = "一公开：公开计划、公开检查结果")
class PublicationController {
    private final CampaignPublications publications;

    PublicationController(CampaignPublications publications) {
        this.publications = publications;
    }

    @PostMapping("/publish")
    @Operation(summary = "Publish the plan (needed before the draw commitment)")
    PublicPlan publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return publications.publishPlan(id, user);
    }

    @PostMapping("/results/publish")
    @Operation(summary = "Publish the results of the plan's closed cases; ends the publication phase")
    PublicPlan publishResults(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return publications.publishResults(id, user);
    }
}
