package cn.energyinspect.app.security;

import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.ProblemType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The web (session) login, through the same {@link PasswordLogin} and its slow-down as the token endpoint. */
@Component
class PasswordLoginProvider implements AuthenticationProvider {
    private final PasswordLogin login;

    PasswordLoginProvider(PasswordLogin login) {
        this.login = login;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            CurrentUser user =
                    login.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
        } catch (ApiProblem problem) {
            if (problem.type() == ProblemType.TOO_MANY_ATTEMPTS) {
                throw new LockedException(problem.getMessage());
            }
            throw new BadCredentialsException(problem.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
