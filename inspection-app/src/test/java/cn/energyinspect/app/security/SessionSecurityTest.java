package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser sessions end when idle; their cookies are SameSite=Lax; every answer carries the security headers. */
@IntegrationTest
class SessionSecurityTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    SessionClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_session_idle_for_longer_than_the_timeout_ends() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        BrowserClient browser = new BrowserClient(port);
        assertThat(browser.signIn(supervisor, TestFixtures.PASSWORD).statusCode())
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(29));
        assertThat(browser.get("/api/v1/auth/me").statusCode())
                .as("29 minutes idle")
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(browser.get("/api/v1/auth/me").statusCode())
                .as("each request starts the idle time again")
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));

        HttpResponse<String> expired = browser.get("/api/v1/auth/me");
        assertThat(expired.statusCode()).isEqualTo(401);
        clock.reset();
        assertThat(browser.get("/api/v1/auth/me").statusCode())
                .as("the session is gone")
                .isEqualTo(401);
    }

    @Test
    void session_and_csrf_cookies_are_same_site_lax() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        BrowserClient browser = new BrowserClient(port);

        HttpResponse<String> login = browser.signIn(supervisor, TestFixtures.PASSWORD);

        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void pages_api_answers_and_problems_carry_the_security_headers() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api.Response page = Api.anonymous(port).get("/login");
        Api.Response api = Api.as(port, inspector).get("/api/v1/auth/me");
        Api.Response problem = Api.anonymous(port).get("/api/v1/enterprises");

        for (Api.Response response : List.of(page, api, problem)) {
            assertThat(header(response, "Content-Security-Policy"))
                    .contains("default-src 'self'")
                    .contains("script-src 'self';")
                    .contains("object-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(problem.status()).isEqualTo(401);
    }

    private static String header(Api.Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> String.join(",", e.getValue()))
                .findFirst()
                .orElse("");
    }
}
