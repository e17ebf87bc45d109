package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Users change their own password under the policy; administrators reset one, forcing a change (item 13). */
@IntegrationTest
class PasswordChangeTest {
    private static final String NEW_PASSWORD = "绿色工厂-节能监察-2026";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Test
    void a_user_changes_its_password_and_its_other_tokens_end() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        Api current = Api.as(port, supervisor);
        Api other = Api.as(port, supervisor);

        Api.Response changed = change(current, TestFixtures.PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(current.get("/api/v1/auth/me").status())
                .as("the token that changed it")
                .isEqualTo(200);
        assertThat(other.get("/api/v1/auth/me").status())
                .as("every other token")
                .isEqualTo(401);
        assertThat(LoginThrottlingTest.login(Api.anonymous(port), supervisor, TestFixtures.PASSWORD)
                        .status())
                .isEqualTo(401);
        assertThat(LoginThrottlingTest.login(Api.anonymous(port), supervisor, NEW_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void the_policy_refuses_short_common_and_username_passwords_naming_the_field() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api api = Api.as(port, inspector);

        for (String refused : new String[] {
            "short-1",
            "qwerty123456",
            "QWERTY123456",
            "ｑｗｅｒｔｙ１２３４５６",
            inspector + "-2026!",
            "demo",
            TestFixtures.PASSWORD
        }) {
            Api.Response response = change(api, TestFixtures.PASSWORD, refused);
            assertThat(response.status()).as(refused).isEqualTo(422);
            assertThat(response.problemFields()).as(refused).containsOnly("newPassword");
        }
        Api.Response wrongCurrent = change(api, "not-my-password", NEW_PASSWORD);
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.problemFields()).containsExactly("currentPassword");
        assertThat(LoginThrottlingTest.login(Api.anonymous(port), inspector, TestFixtures.PASSWORD)
                        .status())
                .as("nothing changed")
                .isEqualTo(200);
    }

    @Test
    void after_an_administrators_reset_the_user_may_only_change_the_password() {
        String inspector = users.create(Role.INSPECTOR, "330106");
        Api before = Api.as(port, inspector);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));

        Api.Response reset = admin.post("/api/v1/admin/users/" + inspector + "/reset-password", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        String temporary = reset.json().path("temporaryPassword").asText();
        assertThat(temporary).hasSize(16);
        assertThat(before.get("/api/v1/auth/me").status())
                .as("its tokens were revoked")
                .isEqualTo(401);

        Api user = Api.as(port, inspector, temporary);
        Api.Response work = user.get("/api/v1/tasks");
        assertThat(work.status()).isEqualTo(403);
        assertThat(work.problemType()).isEqualTo("urn:energyinspect:problem:password-change-required");
        assertThat(user.get("/mobile/v1/inspections").status()).isEqualTo(403);
        Api.Response me = user.get("/api/v1/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("passwordChangeRequired").asBoolean()).isTrue();

        assertThat(change(user, temporary, NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(user.get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(user.get("/api/v1/auth/me")
                        .json()
                        .path("passwordChangeRequired")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void a_browser_session_keeps_going_after_its_own_password_change() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        BrowserClient browser = new BrowserClient(port);
        BrowserClient elsewhere = new BrowserClient(port);
        browser.signIn(supervisor, TestFixtures.PASSWORD);
        elsewhere.signIn(supervisor, TestFixtures.PASSWORD);

        assertThat(browser.post(
                                "/api/v1/auth/password",
                                "{\"currentPassword\":\"" + TestFixtures.PASSWORD + "\",\"newPassword\":\""
                                        + NEW_PASSWORD + "\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(browser.get("/api/v1/auth/me").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/auth/me").statusCode())
                .as("the other session ended")
                .isEqualTo(401);
    }

    static Api.Response change(Api api, String current, String next) {
        return api.post("/api/v1/auth/password", Map.of("currentPassword", current, "newPassword", next));
    }
}
