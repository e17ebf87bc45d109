package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps {@code /engine-rest} shut ({@link CamundaRestProperties}): the whole Camunda REST API would let a token reach
 * the engine outside the application's validation, jurisdiction and audit. Off, every request there is a 404 problem,
 * before any authentication; read-only, only GET and HEAD pass on (to the security rules: province administrators).
 */
final class CamundaRestGate extends OncePerRequestFilter {
    private final ProblemResponses problems;
    private volatile CamundaRestProperties.Mode mode;

    CamundaRestGate(CamundaRestProperties settings, ProblemResponses problems) {
        this.problems = problems;
        this.mode = settings.mode();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/engine-rest") || path.startsWith("/engine-rest/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mode == CamundaRestProperties.Mode.OFF) {
            problems.write(response, request, Refusal.Kind.NOT_FOUND, "请求的地址不存在");
            return;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            problems.write(response, request, Refusal.Kind.FORBIDDEN, "Camunda REST API 仅开放只读访问，请通过本系统的接口办理");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Switches the mode on the running application. Only tests call this (they share one application). */
    void mode(CamundaRestProperties.Mode mode) {
        this.mode = mode;
    }
}
