package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tokens end when their client logs out and when an administrator revokes them or disables the user (item 4). */
@IntegrationTest
class TokenRevocationTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Test
    void logout_with_a_token_revokes_that_token_only() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api first = Api.as(port, inspector);
        Api second = Api.as(port, inspector);

        assertThat(first.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);

        Api.Response after = first.get("/api/v1/auth/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problemType()).isEqualTo("urn:energyinspect:problem:unauthenticated");
        assertThat(second.get("/api/v1/auth/me").status())
                .as("another token of the user")
                .isEqualTo(200);
    }

    @Test
    void an_administrator_revokes_every_token_and_session_of_a_user() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        Api one = Api.as(port, supervisor);
        Api two = Api.as(port, supervisor);
        BrowserClient browser = new BrowserClient(port);
        assertThat(browser.signIn(supervisor, TestFixtures.PASSWORD).statusCode())
                .isEqualTo(200);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));

        Api.Response revoked = admin.post("/api/v1/admin/users/" + supervisor + "/revoke-tokens", Map.of());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("tokensRevoked").asInt()).isEqualTo(2);
        assertThat(one.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(two.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/auth/me").statusCode())
                .as("the browser session ended too")
                .isEqualTo(401);
        assertThat(Api.as(port, supervisor).get("/api/v1/auth/me").status())
                .as("the user may sign in again")
                .isEqualTo(200);
    }

    @Test
    void disabling_a_user_revokes_its_tokens_and_refuses_its_logins_until_enabled() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api token = Api.as(port, inspector);
        BrowserClient browser = new BrowserClient(port);
        browser.signIn(inspector, TestFixtures.PASSWORD);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));

        assertThat(admin.post("/api/v1/admin/users/" + inspector + "/disable", Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(token.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
        Api.Response login = LoginThrottlingTest.login(Api.anonymous(port), inspector, TestFixtures.PASSWORD);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().path("detail").asText()).isEqualTo("用户名或密码错误");

        assertThat(admin.post("/api/v1/admin/users/" + inspector + "/enable", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(LoginThrottlingTest.login(Api.anonymous(port), inspector, TestFixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void only_province_administrators_of_the_users_region_may_act_on_it() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api otherProvince = Api.as(port, users.create(Role.PROVINCE_ADMIN, "320000"));
        Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
        Api self = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));

        Api.Response outside = otherProvince.post("/api/v1/admin/users/" + inspector + "/disable", Map.of());
        assertThat(outside.status()).as("outside the region: not found").isEqualTo(404);
        assertThat(otherProvince
                        .post("/api/v1/admin/users/no-such-user-" + System.nanoTime() + "/disable", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(supervisor
                        .post("/api/v1/admin/users/" + inspector + "/revoke-tokens", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(LoginThrottlingTest.login(Api.anonymous(port), inspector, TestFixtures.PASSWORD)
                        .status())
                .as("nothing happened to the user")
                .isEqualTo(200);
        String me = self.get("/api/v1/auth/me").json().path("username").asText();
        assertThat(self.post("/api/v1/admin/users/" + me + "/disable", Map.of()).status())
                .as("an administrator cannot lock itself out")
                .isEqualTo(409);
    }
}
