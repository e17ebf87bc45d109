package cn.energyinspect.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a user in to a browser session from a JSON request ({@code POST /api/v1/auth/session}, used by the web pages),
 * doing what the form login does: a new session id (no fixation), the security context kept in the session, and a new
 * CSRF token for the new session. The session remembers the account's epoch and when it was last used, which {@link
 * AccountGate} checks on every request (revocation, idle timeout).
 */
@Component
class SessionLogin {
    static final String EPOCH = SessionLogin.class.getName() + ".epoch";
    static final String LAST_SEEN = SessionLogin.class.getName() + ".lastSeen";

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SessionAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final CsrfTokenRepository csrfTokens;
    private final UserMapper users;
    private final SessionClock clock;

    SessionLogin(CsrfTokenRepository csrfTokens, UserMapper users, SessionClock clock) {
        this.csrfTokens = csrfTokens;
        this.users = users;
        this.clock = clock;
    }

    void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
        fixation.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        remember(user, request.getSession());
        csrfTokens.saveToken(null, request, response);
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
    }

    /** After the account's epoch changed by the user's own hand (password change): this session stays valid. */
    void remember(CurrentUser user, HttpSession session) {
        if (session == null) {
            return;
        }
        users.findState(user.id()).ifPresent(state -> session.setAttribute(EPOCH, state.sessionEpoch()));
        session.setAttribute(LAST_SEEN, clock.now());
    }
}
