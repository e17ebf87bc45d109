package cn.energyinspect.app.support.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.energyinspect.app.support.TestFixtures;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** Signing in through the login page, as a person does. */
public final class WebSession {
    private WebSession() {}

    public static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Opens the login page, signs in and waits for the role's home page ({@code homePath}). */
    public static void signIn(Page page, int port, String username, String homePath) {
        page.navigate(base(port) + "/login");
        page.getByPlaceholder("用户名").fill(username);
        page.getByPlaceholder("密码").fill(TestFixtures.PASSWORD);
        page.locator("[data-test=login-submit]").click();
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(homePath) + "$"));
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
    }
}
