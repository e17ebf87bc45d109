package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The form login at {@code /login} (the fallback when the pages are not built), through the same {@link PasswordLogin}
 * and its throttle as the token endpoint. It has no field for a second-factor code, so enrolled users sign in through
 * the pages.
 */
@Component
class PasswordLoginProvider implements AuthenticationProvider {
    private final PasswordLogin login;

    PasswordLoginProvider(PasswordLogin login) {
        this.login = login;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress()
                    : null;
            CurrentUser user = login.authenticate(new PasswordLogin.Attempt(
                    authentication.getName(), String.valueOf(authentication.getCredentials()), null, address));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
        } catch (Refusal problem) {
            if (problem.kind() == Refusal.Kind.TOO_MANY_ATTEMPTS) {
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
