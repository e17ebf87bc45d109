package cn.energyinspect.app.campaign.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "public", description = "一公开：公开的监察计划、抽取与结果（无需登录）")
class PublicCampaignController {
    private final PublicCampaigns campaigns;

    PublicCampaignController(PublicCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @Operation(summary = "Published plans, optionally of one year and region; page is 0-based")
    List<PublicPlan> plans(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return campaigns.plans(year, regionCode, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published plan")
    PublicPlan plan(@PathVariable long id) {
        return campaigns.plan(id);
    }

    @GetMapping("/{id}/draws")
    @Operation(summary = "The plan's draws: each commitment from the moment it is made, the seed once revealed")
    List<PublicDraw> draws(@PathVariable long id) {
        return campaigns.draws(id);
    }

    @GetMapping("/{id}/draws/{attempt}")
    @Operation(summary = "One draw: commitment, then seed, targets and teams (names and 执法证 numbers only)")
    PublicDraw draw(@PathVariable long id, @PathVariable int attempt) {
        return campaigns.draw(id, attempt);
    }

    @GetMapping("/{id}/draws/{attempt}/file")
    @Operation(summary = "The public verification file of a revealed draw (without the roster), for verify-draw")
    @ApiResponse(
            responseCode = "200",
            description = "The draw file as an attachment (JSON, see docs/draw-algorithm.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    ResponseEntity<String> file(@PathVariable long id, @PathVariable int attempt) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"draw-plan" + id + "-" + attempt + ".json\"")
                .body(campaigns.file(id, attempt));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "The plan's closed cases once its results are published; page is 0-based")
    List<PublicResult> results(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return campaigns.results(id, page, size);
    }
}
