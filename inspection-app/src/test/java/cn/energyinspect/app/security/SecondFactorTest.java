package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.totp.Totp;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The second factor (issue 12 item 13): TOTP enrolment, then a code at every login; enrolment required by role. */
@IntegrationTest
class SecondFactorTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @Autowired
    SecondFactors secondFactors;

    @BeforeEach
    void freezeClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void reset() {
        clock.reset();
        secondFactors.requireEnrolment(false);
    }

    /** Enrols a second factor for the user through the API and returns its secret. */
    static String enrol(int port, String username, TestClock clock) {
        Api user = Api.as(port, username);
        Api.Response started = user.post("/api/v1/auth/second-factor/enrolment", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String secret = started.json().path("secret").asText();
        Api.Response confirmed = user.post(
                "/api/v1/auth/second-factor/confirm", Map.of("code", Totp.code(secret, Totp.step(clock.instant()))));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        return secret;
    }

    @Test
    void enrolment_shows_an_otpauth_uri_and_needs_a_right_code() {
        String admin = users.create(Role.PROVINCE_ADMIN, "330000");
        Api api = Api.as(port, admin);

        Api.Response started = api.post("/api/v1/auth/second-factor/enrolment", Map.of());
        String secret = started.json().path("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(started.json().path("otpauthUri").asText())
                .isEqualTo("otpauth://totp/EnergyInspect:" + admin + "?secret=" + secret
                        + "&issuer=EnergyInspect&algorithm=SHA1&digits=6&period=30");
        assertThat(api.get("/api/v1/auth/me").json().path("secondFactorEnabled").asBoolean())
                .as("not before it is confirmed")
                .isFalse();

        String wrong = Totp.code(secret, Totp.step(clock.instant()) + 5);
        Api.Response refused = api.post("/api/v1/auth/second-factor/confirm", Map.of("code", wrong));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("code");

        Api.Response confirmed = api.post(
                "/api/v1/auth/second-factor/confirm", Map.of("code", Totp.code(secret, Totp.step(clock.instant()))));
        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me").json().path("secondFactorEnabled").asBoolean())
                .isTrue();
        assertThat(api.post("/api/v1/auth/second-factor/enrolment", Map.of()).status())
                .as("a confirmed factor is not replaced by the user alone")
                .isEqualTo(409);
    }

    @Test
    void once_enrolled_a_login_needs_a_fresh_code() {
        String auditor = users.create(Role.AUDITOR, "330000");
        String secret = enrol(port, auditor, clock);
        Api anonymous = Api.anonymous(port).from(LoginThrottlingTest.address());

        Api.Response withoutCode = LoginThrottlingTest.login(anonymous, auditor, TestFixtures.PASSWORD);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.problemType()).isEqualTo("urn:energyinspect:problem:second-factor-required");

        clock.advance(Duration.ofSeconds(30));
        String code = Totp.code(secret, Totp.step(clock.instant()));
        Api.Response withCode = anonymous.post(
                "/api/v1/auth/token", Map.of("username", auditor, "password", TestFixtures.PASSWORD, "code", code));
        assertThat(withCode.status()).isEqualTo(200);

        Api.Response replayed = anonymous.post(
                "/api/v1/auth/token", Map.of("username", auditor, "password", TestFixtures.PASSWORD, "code", code));
        assertThat(replayed.status()).as("a code works once").isEqualTo(401);
        assertThat(replayed.problemType()).isEqualTo("urn:energyinspect:problem:second-factor-required");

        Api.Response wrongPassword =
                anonymous.post("/api/v1/auth/token", Map.of("username", auditor, "password", "not-it", "code", code));
        assertThat(wrongPassword.problemType())
                .as("a wrong password is answered as such, whatever the code")
                .isEqualTo("urn:energyinspect:problem:unauthenticated");
    }

    @Test
    void an_administrator_resets_a_lost_second_factor() {
        String auditor = users.create(Role.AUDITOR, "330000");
        enrol(port, auditor, clock);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));

        assertThat(admin.post("/api/v1/admin/users/" + auditor + "/reset-second-factor", Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(LoginThrottlingTest.login(Api.anonymous(port), auditor, TestFixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void when_required_administrators_and_auditors_must_enrol_before_working() {
        String admin = users.create(Role.PROVINCE_ADMIN, "330000");
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        secondFactors.requireEnrolment(true);
        Api api = Api.as(port, admin);

        Api.Response work = api.get("/api/v1/enterprises?size=1");
        assertThat(work.status()).isEqualTo(403);
        assertThat(work.problemType()).isEqualTo("urn:energyinspect:problem:second-factor-enrolment-required");
        assertThat(api.get("/api/v1/auth/me")
                        .json()
                        .path("secondFactorEnrolmentRequired")
                        .asBoolean())
                .isTrue();
        assertThat(Api.as(port, supervisor).get("/api/v1/enterprises?size=1").status())
                .as("other roles are not asked")
                .isEqualTo(200);

        Api.Response started = api.post("/api/v1/auth/second-factor/enrolment", Map.of());
        assertThat(started.status()).isEqualTo(200);
        String secret = started.json().path("secret").asText();
        api.post("/api/v1/auth/second-factor/confirm", Map.of("code", Totp.code(secret, Totp.step(clock.instant()))));

        assertThat(api.get("/api/v1/enterprises?size=1").status()).isEqualTo(200);
    }
}
