package cn.energyinspect.app.inspection;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "enterprises", description = "企业名录")
class EnterpriseHistoryController {
    private final EnterpriseHistory history;

    EnterpriseHistoryController(EnterpriseHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/enterprises/{uscc}/history")
    @Operation(summary = "The enterprise over the years: its cases, their findings and penalty referrals, by year")
    EnterpriseHistory.History history(@PathVariable String uscc, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser(); // penalty referrals and findings of unserved rounds are the agency's own
        return history.of(uscc, user);
    }
}
