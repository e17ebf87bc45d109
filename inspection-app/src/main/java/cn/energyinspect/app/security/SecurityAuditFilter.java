package cn.energyinspect.app.security;

import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the security events that are answers rather than actions: every 403 (a missing role, a missing CSRF token, a
 * refusal by a capability, a forced password change) and every state-changing administrator request under {@code
 * /api/v1/admin/} (the user administration writes its own, more detailed events). Runs around the rest of the security
 * chain, so it sees the final status.
 */
final class SecurityAuditFilter extends OncePerRequestFilter {
    private static final String ADMIN = "/api/v1/admin/";
    private static final String USER_ADMIN = "/api/v1/admin/users/";

    private final SecurityEvents events;

    SecurityAuditFilter(SecurityEvents events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            String path = request.getRequestURI();
            if (status == HttpServletResponse.SC_FORBIDDEN) {
                events.recordQuietly(SecurityEventKind.ACCESS_DENIED, actor(request), null, request(request, status));
            } else if (path.startsWith(ADMIN) && !path.startsWith(USER_ADMIN) && !safe(request)) {
                events.recordQuietly(SecurityEventKind.ADMIN_REQUEST, actor(request), null, request(request, status));
            }
        }
    }

    private static Map<String, Object> request(HttpServletRequest request, int status) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("method", request.getMethod());
        String path = request.getRequestURI();
        detail.put("path", path.length() > 300 ? path.substring(0, 300) : path);
        detail.put("status", status);
        return detail;
    }

    private static String actor(HttpServletRequest request) {
        if (request.getAttribute(AccountGate.ACTOR) instanceof String name) {
            return name;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? user.username()
                : null;
    }

    private static boolean safe(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
