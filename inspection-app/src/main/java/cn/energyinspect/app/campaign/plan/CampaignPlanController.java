package cn.energyinspect.app.campaign.plan;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "campaigns", description = "监察计划：编制、分解下达、接收与退回")
class CampaignPlanController {
    private final CampaignPlans plans;
    private final PlanSplits splits;
    private final NamedTargetList named;
    private final FollowUpTargets followUps;

    CampaignPlanController(CampaignPlans plans, PlanSplits splits, NamedTargetList named, FollowUpTargets followUps) {
        this.followUps = followUps;
        this.plans = plans;
        this.splits = splits;
        this.named = named;
    }

    @PostMapping
    @Operation(summary = "Create a plan of the caller's agency (DRAFT)")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "The plan created; Location is its address",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The plan's address",
                            schema = @Schema(type = "string", format = "uri")))
    ResponseEntity<PlanView> create(@RequestBody PlanForm form, @AuthenticationPrincipal CurrentUser user) {
        PlanView created = plans.create(form, user);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one plan in the caller's jurisdiction or above the caller's own plans")
    PlanView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return plans.get(id, user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a plan its agency holds, until it is published (year and deadlines are fixed)")
    PlanView update(@PathVariable long id, @RequestBody PlanForm form, @AuthenticationPrincipal CurrentUser user) {
        return plans.update(id, form, user);
    }

    @GetMapping
    @Operation(summary = "List the plans the caller may see, optionally of one year")
    List<PlanView> list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return plans.list(year, user);
    }

    @PostMapping("/{id}/split")
    @Operation(summary = "Split the plan into sub-plans of the agencies one tier down; replaces unaccepted sub-plans")
    PlanView split(
            @PathVariable long id, @RequestBody SplitRequest request, @AuthenticationPrincipal CurrentUser user) {
        return splits.split(id, request, user);
    }

    @GetMapping("/{id}/targets/follow-ups")
    @Operation(
            summary = "复查 proposal: last year's violators in the plan's region not closed as rectified, each with its"
                    + " reason")
    FollowUpTargets.FollowUps followUps(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return followUps.propose(id, user);
    }

    @PostMapping("/{id}/targets/follow-ups")
    @Operation(
            summary = "Name the 复查 proposal's enterprises as REINSPECTION targets with their reasons, while the plan is"
                    + " a draft or accepted and unpublished; the targets already named are kept")
    FollowUpTargets.FollowUps addFollowUps(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return followUps.add(id, user);
    }

    @GetMapping("/{id}/named-targets")
    @Operation(summary = "The enterprises the plan names without a draw, with the reason's name and note")
    List<NamedTargets.View> namedTargets(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return named.namedTargets(id, user);
    }

    @PutMapping("/{id}/named-targets")
    @Operation(summary = "Replace the plan's named targets (national list, 复查, complaints); handed down on split")
    PlanView replaceNamedTargets(
            @PathVariable long id, @RequestBody NamedTargets request, @AuthenticationPrincipal CurrentUser user) {
        return named.replaceNamedTargets(id, request, user);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a plan issued to the caller's agency")
    PlanView accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return plans.accept(id, user);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a plan issued to the caller's agency, with a reason")
    PlanView returnPlan(
            @PathVariable long id, @RequestBody ReturnRequest request, @AuthenticationPrincipal CurrentUser user) {
        return plans.returnPlan(id, request, user);
    }
}
