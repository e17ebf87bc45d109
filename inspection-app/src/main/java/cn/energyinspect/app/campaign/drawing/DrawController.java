package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@RequestMapping("/api/v1/campaigns/{id}")
@Tag(name = "campaign draws", description = "双随机抽取：预览、承诺、抽取、公布种子、重新抽取、人工替换")
class DrawController {
    private final CampaignDraws draws;

    DrawController(CampaignDraws draws) {
        this.draws = draws;
    }

    @PostMapping("/draw/preview")
    @Operation(summary = "Counts per stratum for these parameters, without committing anything")
    PreviewView preview(
            @PathVariable long id,
            @RequestBody(required = false) DrawRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return draws.preview(id, request, user);
    }

    @PostMapping("/draw/commit")
    @Operation(summary = "Freeze pool, roster and parameters; publish the commitment (SHA-256 of inputs and seed)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DrawView> commit(
            @PathVariable long id,
            @RequestBody(required = false) DrawRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(draws.commit(id, request, user));
    }

    @PostMapping("/draw")
    @Operation(summary = "Run the committed draw: targets and teams (the seed stays secret)")
    DrawView draw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.draw(id, user);
    }

    @PostMapping("/draw/reveal")
    @Operation(summary = "Publish the seed; ends the draw phase")
    DrawView reveal(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.reveal(id, user);
    }

    @PostMapping("/redraw")
    @Operation(summary = "Supersede the current draw (kept on record) and commit a new one, with a reason")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DrawView> redraw(
            @PathVariable long id, @RequestBody RedrawRequest request, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(draws.redraw(id, request, user));
    }

    @GetMapping("/draws")
    @Operation(summary = "Every draw attempt of the plan; the seed once revealed")
    List<DrawView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.list(id, user);
    }

    @GetMapping(path = "/draws/{attempt}/file", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The complete draw file with the roster (agency and auditors), for verify-draw")
    @ApiResponse(
            responseCode = "200",
            description = "The draw file (JSON, see docs/draw-algorithm.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    String file(@PathVariable long id, @PathVariable int attempt, @AuthenticationPrincipal CurrentUser user) {
        return draws.file(id, attempt, user);
    }

    @GetMapping("/targets")
    @Operation(summary = "Targets of the current draw with their teams and cases")
    List<TargetView> targets(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.targets(id, user);
    }

    @PostMapping("/targets/{uscc}/replace")
    @Operation(summary = "Replace one target without a case by another enterprise of the pool, with a reason")
    TargetView replace(
            @PathVariable long id,
            @PathVariable String uscc,
            @RequestBody ReplaceRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return draws.replace(id, uscc, request, user);
    }
}
