package cn.energyinspect.app.penalty.api;

import cn.energyinspect.app.penalty.PenaltyAuthorities;
import cn.energyinspect.app.penalty.PenaltyAuthority;
import cn.energyinspect.app.penalty.credit.CreditAdmin;
import cn.energyinspect.app.penalty.credit.CreditMapper;
import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "penalty-settings", description = "处罚机关与信用平台推送")
class PenaltySettingsController {
    private final PenaltyAuthorities authorities;
    private final CreditAdmin admin;

    PenaltySettingsController(PenaltyAuthorities authorities, CreditAdmin admin) {
        this.authorities = authorities;
        this.admin = admin;
    }

    @GetMapping("/api/v1/penalty-authorities/{agencyId}")
    @Operation(summary = "The 处罚机关 an agency decides as (name, 统一社会信用代码, in whose name, 复议机关, 缴款方式)")
    PenaltyAuthority authority(@PathVariable long agencyId, @AuthenticationPrincipal CurrentUser user) {
        user.requireAgencyUser();
        return authorities.get(agencyId, user);
    }

    @PutMapping("/api/v1/penalty-authorities/{agencyId}")
    @Operation(summary = "Set the 处罚机关 (province administrators, or the agency's supervisor)")
    PenaltyAuthority save(
            @PathVariable long agencyId,
            @RequestBody PenaltyAuthorities.Settings settings,
            @AuthenticationPrincipal CurrentUser user) {
        return authorities.save(agencyId, settings, user);
    }

    @GetMapping("/api/v1/admin/credit/outbox")
    @Operation(summary = "Pushes to the provincial credit platform: pending, parked, delivered, the undelivered rows")
    CreditAdmin.View outbox(@AuthenticationPrincipal CurrentUser user) {
        return admin.view(user);
    }

    @PostMapping("/api/v1/admin/credit/outbox/{id}/retry")
    @Operation(summary = "Retry a parked push")
    CreditMapper.OutboxRow retry(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return admin.retry(id, user);
    }
}
