package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.totp.Totp;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's account security in the browser: the forced password change after an administrator's reset, 修改密码 in
 * the user menu, and enrolling a second factor (QR code) that the login form then asks for.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class AccountSecurityBrowserTest {
    private static final String NEW_PASSWORD = "绿色工厂-节能监察-2026";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    @BeforeEach
    void freezeClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void after_an_administrators_reset_the_user_must_set_a_new_password_first(Page page) {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        String temporary = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"))
                .post("/api/v1/admin/users/" + supervisor + "/reset-password", Map.of())
                .json()
                .path("temporaryPassword")
                .asText();

        typeLogin(page, supervisor, temporary);
        page.waitForURL(Pattern.compile(".*/account/required$"));
        assertThat(page.locator("[data-test=password-required]")).isVisible();
        page.navigate(WebSession.base(port) + "/cases");
        page.waitForURL(Pattern.compile(".*/account/required$"));

        page.locator("[data-test=current-password]").fill(temporary);
        page.locator("[data-test=new-password]").fill("qwerty123456");
        page.locator("[data-test=confirm-password]").fill("qwerty123456");
        page.locator("[data-test=password-submit]").click();
        assertThat(page.locator("[data-test=password-form]")).containsText("常见或已泄露");
        BrowserExtension.screenshot(page, "account-forced-password-change-refused");

        page.locator("[data-test=new-password]").fill(NEW_PASSWORD);
        page.locator("[data-test=confirm-password]").fill(NEW_PASSWORD);
        page.locator("[data-test=password-submit]").click();
        page.waitForURL(Pattern.compile(".*/workbench$"));
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
        assertThat(Api.as(port, supervisor, NEW_PASSWORD).get("/api/v1/tasks").status())
                .isEqualTo(200);
    }

    @Test
    void a_user_changes_its_password_from_the_user_menu(Page page) {
        String inspector = users.create(Role.INSPECTOR, "330106");
        WebSession.signIn(page, port, inspector, "/workbench");

        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=change-password]").click();
        page.locator("[data-test=current-password]").fill(TestFixtures.PASSWORD);
        page.locator("[data-test=new-password]").fill(NEW_PASSWORD);
        page.locator("[data-test=confirm-password]").fill(NEW_PASSWORD);
        BrowserExtension.screenshot(page, "account-change-password-dialog");
        page.locator("[data-test=password-submit]").click();

        assertThat(page.getByText("密码已修改，其他设备上的登录已失效")).isVisible();
        assertThat(Api.as(port, inspector, NEW_PASSWORD).get("/api/v1/auth/me").status())
                .isEqualTo(200);
    }

    @Test
    void an_administrator_enrols_a_second_factor_and_the_login_then_asks_for_its_code(Page page) {
        String admin = users.create(Role.PROVINCE_ADMIN, "330000");
        WebSession.signIn(page, port, admin, "/dashboard");

        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=enrol-second-factor]").click();
        page.locator("[data-test=totp-start]").click();
        assertThat(page.locator("[data-test=totp-qr]")).isVisible();
        String secret = page.locator("[data-test=totp-secret]").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        BrowserExtension.screenshot(page, "account-second-factor-enrolment");
        page.locator("[data-test=totp-code]").fill(Totp.code(secret, Totp.step(clock.instant())));
        page.locator("[data-test=totp-confirm]").click();
        assertThat(page.getByText("动态口令已启用，今后登录时需输入动态口令")).isVisible();
        assertThat(page.locator("[data-test=totp-form]")).isHidden();

        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=logout]").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        typeLogin(page, admin, TestFixtures.PASSWORD);
        assertThat(page.locator("[data-test=login-code]")).isVisible();
        BrowserExtension.screenshot(page, "account-login-asks-for-the-code");
        page.locator("[data-test=login-code]").fill(Totp.code(secret, Totp.step(clock.instant()) + 1));
        page.locator("[data-test=login-submit]").click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
    }

    private void typeLogin(Page page, String username, String password) {
        page.navigate(WebSession.base(port) + "/login");
        page.getByPlaceholder("用户名").fill(username);
        page.getByPlaceholder("密码", new Page.GetByPlaceholderOptions().setExact(true))
                .fill(password);
        page.locator("[data-test=login-submit]").click();
    }
}
