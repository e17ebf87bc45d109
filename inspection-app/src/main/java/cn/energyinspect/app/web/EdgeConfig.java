package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Problem details for what is refused before any controller runs. Spring Security's firewall refuses addresses such
 * as {@code //}, {@code ;} or encoded slashes (400); Tomcat is told to pass encoded slashes through to it instead of
 * answering its own HTML page. An exception that escapes a filter (the bearer-token check finding the database
 * unreachable) becomes a 503 here rather than the container's bare 500. Uploads that stall end after {@link
 * EdgeSettings#uploadReadTimeout()} with a 408 problem.
 */
@Configuration
class EdgeConfig {
    private static final Logger log = LoggerFactory.getLogger(EdgeConfig.class);

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> {
            log.info("E-API-400 firewall refused {}: {}", request.getRequestURI(), rejected.getMessage());
            problems.write(response, request, Refusal.Kind.MALFORMED_REQUEST, "请求地址不合法（含有不允许的字符或路径）");
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatEdge(EdgeSettings settings) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            // %2F and %5C reach the firewall above (a problem) instead of Tomcat's own HTML 400 page
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                // while a body is read, a stall longer than this ends the request (408) instead of the connection
                // timeout holding a worker thread and a half-written temporary file
                http.setDisableUploadTimeout(false);
                http.setConnectionUploadTimeout(
                        Math.toIntExact(settings.uploadReadTimeout().toMillis()));
            }
        });
    }

    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter(ProblemResponses problems) {
        FilterRegistrationBean<OutageFilter> registration = new FilterRegistrationBean<>(new OutageFilter(problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10); // around the security filters
        return registration;
    }

    /** Answers a database outage noticed in a filter with a 503 problem; anything else goes on to {@code /error}. */
    static final class OutageFilter extends OncePerRequestFilter {
        private final ProblemResponses problems;

        OutageFilter(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (response.isCommitted() || !Failures.databaseUnavailable(e)) {
                    throw e;
                }
                log.warn(
                        "E-DB-503 database unavailable on {} {} traceId={}: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        ProblemResponses.traceId(request),
                        e.toString());
                response.reset();
                problems.write(response, request, Refusal.Kind.DATABASE_UNAVAILABLE, ProblemResponses.DATABASE_DOWN);
            }
        }
    }
}
