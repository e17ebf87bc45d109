package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import cn.energyinspect.app.security.password.PasswordPolicy;
import cn.energyinspect.app.web.ProblemResponses;
import cn.energyinspect.app.web.WebPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. API and mobile clients send a bearer token ({@code POST /api/v1/auth/token}); the web uses a
 * session from the login form, protected by a CSRF token. Unauthenticated API calls get a 401 problem, browsers the
 * login page. Jurisdiction (which records a user sees) is applied by each capability in its queries, not here.
 *
 * <p>The web pages (a single-page app, see {@link WebPages}) are static files anyone may load: they hold no data and
 * read everything through the API under this same security. They sign in with {@code POST /api/v1/auth/session}
 * (or the form at {@code /login}), send the {@code XSRF-TOKEN} cookie back as the {@code X-XSRF-TOKEN} header, and
 * sign out with {@code POST /api/v1/auth/logout}. When the build left the pages out ({@code -Dskip.frontend=true}),
 * {@code /login} is Spring Security's own form.
 *
 * <p>Around the authentication: {@link CamundaRestGate} keeps {@code /engine-rest} shut unless configured read-only,
 * {@link AccountGate} ends revoked and idle sessions and holds users who must change their password or enrol a second
 * factor, and {@link SecurityAuditFilter} writes denials and administrator requests to the security event log. Every
 * response but Cockpit's carries the {@link #CONTENT_SECURITY_POLICY}, {@code X-Content-Type-Options: nosniff} and
 * {@code Referrer-Policy: same-origin}; the session and CSRF cookies are {@code SameSite=Lax}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
    /**
     * The inspection agency's own records: plans and draws, cases, the dashboard and the agency tree. A
     * 工信 department's project reviewer works on approvals only and reads none of them (a drawn target read before the
     * visit would defeat the unannounced inspection).
     */
    static final String[] INSPECTION_AREAS = {
        "/api/v1/campaigns/**", "/api/v1/cases/**", "/api/v1/dashboard/**", "/api/v1/agencies/**"
    };

    static final String[] INSPECTION_ROLES = Arrays.stream(Role.values())
            .filter(role -> role != Role.PROJECT_REVIEWER)
            .map(Role::name)
            .toArray(String[]::new);

    private static final RequestMatcher API = new OrRequestMatcher(
            new AntPathRequestMatcher("/api/**"),
            new AntPathRequestMatcher("/mobile/**"),
            new AntPathRequestMatcher("/engine-rest/**"),
            new AntPathRequestMatcher("/actuator/**"));

    /**
     * CSRF rides on a browser session, so only requests that could carry one need the token: state-changing requests
     * with a session cookie, and the login form. Bearer-token clients send no cookie; a request without a session is
     * simply unauthenticated (401); Cockpit under /camunda has Camunda's own CSRF filter.
     */
    static boolean needsCsrfToken(jakarta.servlet.http.HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe =
                "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
        if (safe || BearerTokenFilter.carriesBearerToken(request) || CAMUNDA_WEBAPP.matches(request)) {
            return false;
        }
        return request.getRequestedSessionId() != null || LOGIN_FORM.matches(request);
    }

    private static final RequestMatcher CAMUNDA_WEBAPP = new AntPathRequestMatcher("/camunda/**");

    /**
     * The pages' policy: scripts, styles, fonts and requests from this origin only; images and frames also from blob:
     * (evidence photos and the PDF preview are fetched with the session and shown as blob: URLs) and data: (icons).
     * Styles allow inline attributes because Element Plus and ECharts write some as HTML strings (tooltips); scripts
     * never run inline. Camunda's Cockpit sets its own policy (its AngularJS needs more), so it is left out.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:;"
                    + " media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher LOGIN_FORM = new OrRequestMatcher(
            new AntPathRequestMatcher("/login", "POST"), new AntPathRequestMatcher("/api/v1/auth/session", "POST"));
    private static final RequestMatcher API_LOGOUT = new AntPathRequestMatcher("/api/v1/auth/logout", "POST");
    private static final RequestMatcher LOGOUT =
            new OrRequestMatcher(new AntPathRequestMatcher("/logout", "POST"), API_LOGOUT);

    /** A page or file of the web app: any GET outside the API, the mobile API, the actuator and Camunda. */
    static boolean isWebPage(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && !API.matches(request)
                && !CAMUNDA_WEBAPP.matches(request);
    }

    /**
     * The browser keeps the CSRF token in the {@code XSRF-TOKEN} cookie; Spring Security creates it lazily, so make
     * sure every browser response carries one for the pages' first state-changing request (API clients with a bearer
     * token need none).
     */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!BearerTokenFilter.carriesBearerToken(request)
                    && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    PasswordPolicy passwordPolicy(SecurityProperties settings) {
        return new PasswordPolicy(settings.password().minLength());
    }

    /**
     * Sessions live in the database (Spring Session JDBC, shared by every app node) and expire there after the idle
     * timeout too (AccountGate refuses them first, by the app's clock); the cleanup cron deletes the expired rows.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIdleTimeout(SecurityProperties settings) {
        return repository -> repository.setDefaultMaxInactiveInterval(settings.sessionIdleTimeout());
    }

    @Bean
    CamundaRestGate camundaRestGate(CamundaRestProperties settings, ProblemResponses problems) {
        return new CamundaRestGate(settings, problems);
    }

    /** The gate runs inside the security chain, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<CamundaRestGate> camundaRestGateRegistration(CamundaRestGate gate) {
        FilterRegistrationBean<CamundaRestGate> registration = new FilterRegistrationBean<>(gate);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            TokenService tokens,
            ProblemResponses problems,
            CsrfTokenRepository csrfTokens,
            CamundaRestGate camundaRest,
            SecurityEvents events,
            UserMapper users,
            SecondFactors secondFactors,
            SecurityProperties settings,
            SessionClock sessionClock,
            MetricsScrapeToken metrics)
            throws Exception {
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, problems, metrics);
        boolean webPages = WebPages.present();
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/session")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/dictionaries")
                        .permitAll()
                        .requestMatchers("/api/v1/public/**", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // the metrics name internals (pools, queues, URIs) that are nobody else's business: province
                        // administrators and the Prometheus server's own secret (MetricsScrapeToken) read them
                        .requestMatchers(HttpMethod.GET, MetricsScrapeToken.PATH)
                        .hasAnyRole(Role.PROVINCE_ADMIN.name(), MetricsScrapeToken.ROLE)
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.PROVINCE_ADMIN.name())
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers("/camunda/**", "/engine-rest/**")
                        .hasRole(Role.PROVINCE_ADMIN.name())
                        // the inspectors' app: the team reaches its cases there; to anyone else it is closed
                        .requestMatchers("/mobile/v1/**")
                        .hasRole(Role.INSPECTOR.name())
                        .requestMatchers(INSPECTION_AREAS)
                        .hasAnyRole(INSPECTION_ROLES)
                        .requestMatchers(SecurityConfig::isWebPage)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new SecurityAuditFilter(events), CsrfFilter.class)
                .addFilterBefore(camundaRest, CsrfFilter.class)
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new AccountGate(users, secondFactors, settings, events, problems, sessionClock),
                        BearerTokenFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(CAMUNDA_WEBAPP),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))))
                // with the web pages built, GET /login is their login page; POST /login stays the form login
                .formLogin(form -> (webPages ? form.loginPage("/login") : form).permitAll())
                .logout(logout -> logout.logoutRequestMatcher(LOGOUT)
                        .addLogoutHandler((request, response, authentication) -> {
                            // a client signing out with its token ends that token; a session ends with the session
                            String token = BearerTokenFilter.bearerToken(request);
                            if (token != null) {
                                tokens.revoke(token);
                            } else if (authentication != null
                                    && authentication.getPrincipal() instanceof CurrentUser user) {
                                events.recordQuietly(SecurityEventKind.LOGOUT, user.username(), null, Map.of());
                            }
                        })
                        .logoutSuccessHandler((request, response, a) -> {
                            if (API_LOGOUT.matches(request)) {
                                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/login?logout");
                            }
                        }))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) ->
                                        problems.write(response, request, Refusal.Kind.UNAUTHENTICATED, "请先登录或提供有效令牌"),
                                API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, request, Refusal.Kind.FORBIDDEN, "您的角色无权执行此操作")));
        return http.build();
    }
}
