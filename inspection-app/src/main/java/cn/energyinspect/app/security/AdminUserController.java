package cn.energyinspect.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account actions for province administrators, on users of their region (pages for them come with user admin). */
@RestController
@RequestMapping("/api/v1/admin/users/{username}")
@Tag(name = "user-admin", description = "用户账号安全管理（省级管理员）")
class AdminUserController {
    private final AccountAdministration accounts;

    AdminUserController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    record Revoked(int tokensRevoked) {}

    record TemporaryPassword(String username, String temporaryPassword, boolean changeRequired) {}

    @PostMapping("/revoke-tokens")
    @Operation(summary = "Revoke every API token of the user and end its browser sessions")
    Revoked revokeTokens(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        return new Revoked(accounts.revokeTokens(admin, username));
    }

    @PostMapping("/disable")
    @Operation(summary = "Disable the user: no login, its tokens revoked and sessions ended")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> disable(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        accounts.disable(admin, username);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/enable")
    @Operation(summary = "Enable a disabled user again")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> enable(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        accounts.enable(admin, username);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reset-password")
    @Operation(summary = "Set a temporary password (answered once) that the user must change at the next login")
    TemporaryPassword resetPassword(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        return new TemporaryPassword(username, accounts.resetPassword(admin, username), true);
    }

    @PostMapping("/reset-second-factor")
    @Operation(summary = "Remove the user's second factor (lost device); the user enrols again")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resetSecondFactor(@PathVariable String username, @AuthenticationPrincipal CurrentUser admin) {
        accounts.resetSecondFactor(admin, username);
        return ResponseEntity.noContent().build();
    }
}
