package cn.energyinspect.app.security;

import cn.energyinspect.app.web.ProblemResponses;
import cn.energyinspect.app.web.ProblemType;
import java.time.Clock;
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
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. API and mobile clients send a bearer token ({@code POST /api/v1/auth/token}); the web uses a
 * session from the login form, protected by a CSRF token. Unauthenticated API calls get a 401 problem, browsers the
 * login page. Jurisdiction (which records a user sees) is applied by each capability in its queries, not here.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
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
    private static final RequestMatcher LOGIN_FORM = new AntPathRequestMatcher("/login", "POST");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, TokenService tokens, ProblemResponses problems)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .requestMatchers("/api/v1/public/**", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .requestMatchers("/camunda/**", "/engine-rest/**")
                        .hasRole(Role.PROVINCE_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) ->
                                        problems.write(response, request, ProblemType.UNAUTHENTICATED, "请先登录或提供有效令牌"),
                                API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true)
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, request, ProblemType.FORBIDDEN, "您的角色无权执行此操作")));
        return http.build();
    }
}
