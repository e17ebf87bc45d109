package cn.energyinspect.app.security;

import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "登录与令牌")
class AuthController {
    private final PasswordLogin login;
    private final TokenService tokens;
    private final SessionLogin sessions;
    private final UserProfiles profiles;

    AuthController(PasswordLogin login, TokenService tokens, SessionLogin sessions, UserProfiles profiles) {
        this.login = login;
        this.tokens = tokens;
        this.sessions = sessions;
        this.profiles = profiles;
    }

    record TokenRequest(String username, String password) {}

    @PostMapping("/token")
    @Operation(summary = "Exchange username and password for a bearer token")
    TokenService.IssuedToken token(@RequestBody TokenRequest request) {
        requireCredentials(request);
        return tokens.issue(login.authenticate(request.username(), request.password()));
    }

    /**
     * The web pages' login: the same check and slow-down as the token endpoint, answered with problem details instead
     * of the form login's redirects. Needs the CSRF token (cookie {@code XSRF-TOKEN} → header {@code X-XSRF-TOKEN}).
     * Sign-out is {@code POST /api/v1/auth/logout} (Spring Security's logout filter, 204).
     */
    @PostMapping("/session")
    @Operation(summary = "Sign in to a browser session (web pages); send the XSRF-TOKEN cookie as X-XSRF-TOKEN")
    UserProfile session(@RequestBody TokenRequest request, HttpServletRequest http, HttpServletResponse response) {
        requireCredentials(request);
        CurrentUser user = login.authenticate(request.username(), request.password());
        sessions.signIn(user, http, response);
        return profiles.of(user);
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
            throw ApiProblem.invalid(missing);
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, its role, agency and region (with their names) and the regions below")
    UserProfile me(@AuthenticationPrincipal CurrentUser user) {
        return profiles.of(user);
    }
}
