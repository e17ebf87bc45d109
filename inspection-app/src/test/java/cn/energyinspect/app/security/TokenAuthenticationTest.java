package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TokenAuthenticationTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void right_credentials_give_a_token_that_identifies_the_user() {
        String username = users.create(Role.SUPERVISOR, "330106");

        Api.Response response = Api.anonymous(port)
                .post("/api/v1/auth/token", Map.of("username", username, "password", TestFixtures.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(Instant.parse(response.json().path("expiresAt").asText())).isAfter(Instant.now());
        Api.Response me = Api.anonymous(port)
                .withToken(response.json().path("token").asText())
                .get("/api/v1/auth/me");
        assertThat(me.json().path("username").asText()).isEqualTo(username);
        assertThat(me.json().path("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(me.json().path("regionCode").asText()).isEqualTo("330106");
    }

    @Test
    void the_token_itself_is_never_stored() {
        String username = users.create(Role.INSPECTOR, "330106");
        String token = Api.anonymous(port)
                .post("/api/v1/auth/token", Map.of("username", username, "password", TestFixtures.PASSWORD))
                .json()
                .path("token")
                .asText();

        Integer plain =
                jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class, token);
        Integer hashed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class, TokenService.hash(token));
        assertThat(plain).isZero();
        assertThat(hashed).isOne();
    }

    @Test
    void wrong_credentials_are_a_401_problem() {
        String username = users.create(Role.INSPECTOR, "330106");

        Api.Response wrongPassword =
                Api.anonymous(port).post("/api/v1/auth/token", Map.of("username", username, "password", "wrong"));
        Api.Response unknownUser = Api.anonymous(port)
                .post("/api/v1/auth/token", Map.of("username", "nobody-" + System.nanoTime(), "password", "x"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.problemType()).isEqualTo("urn:energyinspect:problem:unauthenticated");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.json().path("detail").asText())
                .isEqualTo(wrongPassword.json().path("detail").asText());
    }

    @Test
    void repeated_failures_slow_down_further_attempts_even_with_the_right_password() {
        String username = users.create(Role.INSPECTOR, "330106");
        Api anonymous = Api.anonymous(port);
        clock.set(
                clock.instant()); // a stopped clock: the waits of one or two seconds must not run out on a slow machine
        try {
            attemptsAreSlowedDown(username, anonymous);
        } finally {
            clock.reset();
        }
    }

    private void attemptsAreSlowedDown(String username, Api anonymous) {
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous
                            .post("/api/v1/auth/token", Map.of("username", username, "password", "wrong" + i))
                            .status())
                    .isEqualTo(401);
        }
        anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", "wrong-again"));

        Api.Response blocked =
                anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", TestFixtures.PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.problemType()).isEqualTo("urn:energyinspect:problem:too-many-attempts");
        clock.advance(Duration.ofMinutes(16));
        assertThat(anonymous
                        .post("/api/v1/auth/token", Map.of("username", username, "password", TestFixtures.PASSWORD))
                        .status())
                .as("the right password works once the wait is over")
                .isEqualTo(200);
        assertThat(anonymous
                        .post("/api/v1/auth/token", Map.of("username", username, "password", "wrong-once-more"))
                        .status())
                .as("and resets the count: one more failure is a plain 401, no wait")
                .isEqualTo(401);
    }

    @Test
    void an_unknown_token_is_a_401() {
        Api.Response response = Api.anonymous(port).withToken("not-a-token").get("/api/v1/enterprises");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:unauthenticated");
    }

    @Test
    void missing_credentials_are_named() {
        Api.Response response = Api.anonymous(port).post("/api/v1/auth/token", Map.of("username", ""));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactlyInAnyOrder("username", "password");
    }
}
