package cn.energyinspect.app.security;

import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    AuthController(PasswordLogin login, TokenService tokens) {
        this.login = login;
        this.tokens = tokens;
    }

    record TokenRequest(String username, String password) {}

    @PostMapping("/token")
    @Operation(summary = "Exchange username and password for a bearer token")
    TokenService.IssuedToken token(@RequestBody TokenRequest request) {
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
        return tokens.issue(login.authenticate(request.username(), request.password()));
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, its role, agency and region")
    CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
