package cn.energyinspect.app.checks;

import cn.energyinspect.rules.capacity.CapacityReplacement;
import cn.energyinspect.rules.capacity.CapacityReplacementRequest;
import cn.energyinspect.rules.capacity.CapacityReplacementResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 产能置换 pre-check for steel, cement clinker and flat glass: required ratio by region, eligibility of each exiting
 * capacity, exemptions, and the minimum exit capacity for the new capacity, each reason with its basis.
 */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "checks")
class CapacityReplacementController {

    @PostMapping("/capacity-replacement")
    @Operation(summary = "Check a capacity-replacement plan: PASS, REJECT, EXEMPT or REVIEW with reasons")
    CapacityReplacementResult check(@RequestBody CapacityReplacementRequest request) {
        return CapacityReplacement.standard().check(request);
    }
}
