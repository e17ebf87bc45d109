package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import cn.energyinspect.app.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, on every authenticated request, that the account may go on: a browser session ends when it was idle longer
 * than {@code session-idle-timeout}, when the account was disabled, or when its epoch moved on (tokens revoked,
 * password reset); a user whose password an administrator reset may only change it (403 {@code
 * password-change-required}), and one who must enrol a second factor may only do that (403 {@code
 * second-factor-enrolment-required}). Signing out and reading {@code /api/v1/auth/me} stay open to both.
 */
final class AccountGate extends OncePerRequestFilter {
    /** The request attribute naming the authenticated user, for the audit of denials after the chain has run. */
    static final String ACTOR = AccountGate.class.getName() + ".actor";

    private static final RequestMatcher ALWAYS_OPEN = new OrRequestMatcher(
            new AntPathRequestMatcher("/api/v1/auth/me", "GET"),
            new AntPathRequestMatcher("/api/v1/auth/logout", "POST"),
            new AntPathRequestMatcher("/logout", "POST"),
            new AntPathRequestMatcher("/api/v1/auth/password", "POST"),
            new AntPathRequestMatcher("/error"));
    private static final RequestMatcher ENROLMENT = new AntPathRequestMatcher("/api/v1/auth/second-factor/**");

    private final UserMapper users;
    private final SecondFactors secondFactors;
    private final SecurityProperties settings;
    private final SecurityEvents events;
    private final ProblemResponses problems;
    private final SessionClock clock;

    AccountGate(
            UserMapper users,
            SecondFactors secondFactors,
            SecurityProperties settings,
            SecurityEvents events,
            ProblemResponses problems,
            SessionClock clock) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.events = events;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            chain.doFilter(request, response);
            return;
        }
        AccountState state = users.findState(user.id()).orElse(null);
        if (!BearerTokenFilter.carriesBearerToken(request)) {
            String ended = sessionEnded(request.getSession(false), state);
            if (ended != null) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                events.recordQuietly(SecurityEventKind.SESSION_ENDED, user.username(), null, Map.of("reason", ended));
                chain.doFilter(request, response);
                return;
            }
        }
        request.setAttribute(ACTOR, user.username());
        boolean open = ALWAYS_OPEN.matches(request) || SecurityConfig.isWebPage(request);
        if (state != null && state.passwordChangeRequired() && !open) {
            problems.write(response, request, Refusal.Kind.PASSWORD_CHANGE_REQUIRED, "管理员已重置您的密码，请先设置新密码后再继续操作");
            return;
        }
        if (state != null
                && !state.secondFactorEnabled()
                && secondFactors.enrolmentRequired(user)
                && !open
                && !ENROLMENT.matches(request)) {
            problems.write(
                    response, request, Refusal.Kind.SECOND_FACTOR_ENROLMENT_REQUIRED, "您的角色须启用动态口令（身份验证器应用）后才能继续操作");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why this browser session may not go on, or null; refreshes its last-seen time when it may. */
    private String sessionEnded(HttpSession session, AccountState state) {
        if (state == null || !state.enabled()) {
            return "disabled";
        }
        if (session == null) {
            return null;
        }
        Instant now = clock.now();
        if (session.getAttribute(SessionLogin.EPOCH) instanceof Integer epoch && epoch != state.sessionEpoch()) {
            return "revoked";
        }
        if (session.getAttribute(SessionLogin.LAST_SEEN) instanceof Instant lastSeen
                && Duration.between(lastSeen, now).compareTo(settings.sessionIdleTimeout()) > 0) {
            return "idle";
        }
        if (session.getAttribute(SessionLogin.EPOCH) == null) {
            // signed in through the form login, which knows nothing of epochs: from now on the session carries one
            session.setAttribute(SessionLogin.EPOCH, state.sessionEpoch());
        }
        session.setAttribute(SessionLogin.LAST_SEEN, now);
        return null;
    }
}
