package cn.energyinspect.app.campaign.publication;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 一公开: published plans, draw commitments and results, and closed inspection results; no login needed. */
@RestController
@RequestMapping("/api/v1/public/campaigns")
class PublicCampaignController {
    private final PublicCampaigns campaigns;

    PublicCampaignController(PublicCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    List<PublicPlan> plans(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return campaigns.plans(year, regionCode, page, size);
    }

    @GetMapping("/{id}")
    PublicPlan plan(@PathVariable long id) {
        return campaigns.plan(id);
    }

    @GetMapping("/{id}/draws")
    List<PublicDraw> draws(@PathVariable long id) {
        return campaigns.draws(id);
    }

    @GetMapping("/{id}/draws/{attempt}")
    PublicDraw draw(@PathVariable long id, @PathVariable int attempt) {
        return campaigns.draw(id, attempt);
    }

    @GetMapping("/{id}/draws/{attempt}/file")
    ResponseEntity<String> file(@PathVariable long id, @PathVariable int attempt) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"draw-plan" + id + "-" + attempt + ".json\"")
                .body(campaigns.file(id, attempt));
    }

    @GetMapping("/{id}/results")
    List<PublicResult> results(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return campaigns.results(id, page, size);
    }
}
