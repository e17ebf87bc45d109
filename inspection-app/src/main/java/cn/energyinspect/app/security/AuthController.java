package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "登录、令牌、密码与动态口令")
class AuthController {
    private final PasswordLogin login;
    private final TokenService tokens;
    private final SessionLogin sessions;
    private final UserProfiles profiles;
    private final OwnAccount account;

    AuthController(
            PasswordLogin login,
            TokenService tokens,
            SessionLogin sessions,
            UserProfiles profiles,
            OwnAccount account) {
        this.login = login;
        this.tokens = tokens;
        this.sessions = sessions;
        this.profiles = profiles;
        this.account = account;
    }

    /** @param code the second factor's 6 digits, once the user has enrolled one */
    record TokenRequest(String username, String password, String code) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record SecondFactorCode(String code) {}

    @PostMapping("/token")
    @Operation(summary = "Exchange username, password (and second-factor code once enrolled) for a bearer token")
    TokenService.IssuedToken token(@RequestBody TokenRequest request, HttpServletRequest http) {
        requireCredentials(request);
        return tokens.issue(login.authenticate(attempt(request, http)));
    }

    /**
     * The web pages' login: the same check and slow-down as the token endpoint, answered with problem details instead
     * of the form login's redirects. Needs the CSRF token (cookie {@code XSRF-TOKEN} → header {@code X-XSRF-TOKEN}).
     * Sign-out is {@code POST /api/v1/auth/logout} (Spring Security's logout filter, 204; with a bearer token it
     * revokes that token).
     */
    @PostMapping("/session")
    @Operation(summary = "Sign in to a browser session (web pages); send the XSRF-TOKEN cookie as X-XSRF-TOKEN")
    UserProfile session(@RequestBody TokenRequest request, HttpServletRequest http, HttpServletResponse response) {
        requireCredentials(request);
        CurrentUser user = login.authenticate(attempt(request, http));
        sessions.signIn(user, http, response);
        return profiles.of(user);
    }

    private static PasswordLogin.Attempt attempt(TokenRequest request, HttpServletRequest http) {
        return new PasswordLogin.Attempt(request.username(), request.password(), request.code(), http.getRemoteAddr());
    }

    private static void requireCredentials(TokenRequest request) {
        List<FieldError> missing = new ArrayList<>();
        if (request.username() == null || request.username().isBlank()) {
            missing.add(new FieldError("username", "必填"));
        }
        if (request.password() == null || request.password().isEmpty()) {
            missing.add(new FieldError("password", "必填"));
        }
        if (!missing.isEmpty()) {
            throw Refusal.invalid(missing);
        }
    }

    @GetMapping("/me")
    @Operation(
            summary = "The signed-in user, its role, agency and region (with their names), the regions below, and"
                    + " whether it must change its password or enrol a second factor first")
    UserProfile me(@AuthenticationPrincipal CurrentUser user) {
        return profiles.of(user);
    }

    @PostMapping("/password")
    @Operation(
            summary = "Change the own password (policy: minimum length, not the username, not a common or breached"
                    + " password); other sessions and tokens of the user end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changePassword(
            @RequestBody PasswordChange request, @AuthenticationPrincipal CurrentUser user, HttpServletRequest http) {
        account.changePassword(
                user,
                request.currentPassword(),
                request.newPassword(),
                BearerTokenFilter.bearerToken(http),
                http.getRemoteAddr());
        sessions.remember(user, http.getSession(false));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/second-factor/enrolment")
    @Operation(
            summary = "Start enrolling a TOTP second factor (RFC 6238): the secret and its otpauth:// URI, shown once;"
                    + " confirm with a code")
    SecondFactors.Enrolment startSecondFactor(@AuthenticationPrincipal CurrentUser user) {
        return account.startSecondFactor(user);
    }

    @PostMapping("/second-factor/confirm")
    @Operation(summary = "Confirm the enrolment with a current code; from then on logins ask for a code")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> confirmSecondFactor(
            @RequestBody SecondFactorCode request, @AuthenticationPrincipal CurrentUser user) {
        account.confirmSecondFactor(user, request.code());
        return ResponseEntity.noContent().build();
    }
}
