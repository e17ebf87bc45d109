package cn.energyinspect.app.desk.screening;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "desk-screening", description = "能源利用状况报告筛查与省级筛查规则")
class ScreeningController {
    private final Screenings screenings;
    private final RuleSettings rules;

    ScreeningController(Screenings screenings, RuleSettings rules) {
        this.screenings = screenings;
        this.rules = rules;
    }

    @GetMapping("/screenings")
    @Operation(summary = "Screening results in the agency's region, the highest risk first; paged, 0-based")
    Screenings.ScreeningPage list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String riskClass,
            @RequestParam(required = false) String signal,
            @RequestParam(required = false) Boolean candidate,
            @RequestParam(required = false) Boolean hasCase,
            @RequestParam(required = false) String industry,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return screenings.list(
                new Screenings.Filter(year, regionCode, riskClass, signal, candidate, hasCase, industry, page, size),
                user);
    }

    @GetMapping("/screenings/{id}")
    @Operation(summary = "One screening result with its signals and their basis")
    Screenings.ScreeningView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return screenings.get(id, user);
    }

    @GetMapping("/rule-set")
    @Operation(summary = "The screening rule set of the user's province: each signal's outcome and each threshold")
    RuleSettings.RuleSetView ruleSet(@AuthenticationPrincipal CurrentUser user) {
        return rules.view(user);
    }

    @PutMapping("/rule-set")
    @Operation(summary = "Set the province's outcome of signals and values of thresholds (province administrator)")
    RuleSettings.RuleSetView updateRuleSet(
            @RequestBody(required = false) RuleSettings.RuleSetUpdate request,
            @AuthenticationPrincipal CurrentUser user) {
        return rules.update(request, user);
    }
}
