package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request carrying {@code Authorization: Bearer …}. An unknown or expired token is answered with 401
 * at once rather than falling back to the session, so a client learns its token is no longer good.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";

    private final TokenService tokens;
    private final ProblemResponses problems;
    private final MetricsScrapeToken metrics;

    BearerTokenFilter(TokenService tokens, ProblemResponses problems, MetricsScrapeToken metrics) {
        this.tokens = tokens;
        this.problems = problems;
        this.metrics = metrics;
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The token of {@code Authorization: Bearer …}, or null. */
    static String bearerToken(HttpServletRequest request) {
        return carriesBearerToken(request)
                ? request.getHeader("Authorization").substring(PREFIX.length()).trim()
                : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = bearerToken(request);
        Authentication scraper = metrics.authenticate(request, token);
        if (scraper != null) {
            authenticated(scraper, request, response, chain);
            return;
        }
        Optional<CurrentUser> user = tokens.resolve(token);
        if (user.isEmpty()) {
            problems.write(response, request, Refusal.Kind.UNAUTHENTICATED, "令牌无效或已过期，请重新获取");
            return;
        }
        authenticated(
                new UsernamePasswordAuthenticationToken(
                        user.get(), null, user.get().authorities()),
                request,
                response,
                chain);
    }

    private static void authenticated(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
