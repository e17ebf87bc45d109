package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web's session login: form login, then API calls with the session cookie, protected by the CSRF token. */
@IntegrationTest
class SessionLoginTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Test
    void a_browser_session_reads_freely_but_writes_only_with_the_csrf_token() throws Exception {
        String username = users.create(Role.SUPERVISOR, "330106");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://127.0.0.1:" + port;

        assertThat(send(
                                browser,
                                HttpRequest.newBuilder(URI.create(base + "/login"))
                                        .GET())
                        .statusCode())
                .isEqualTo(200);
        String csrf = cookie(cookies, "XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + TestFixtures.PASSWORD + "&_csrf=" + csrf;
        HttpResponse<String> login = send(
                browser,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> me = send(
                browser,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/me")).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(username);

        HttpRequest.Builder write = HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(send(browser, write).statusCode()).as("no CSRF token").isEqualTo(403);

        HttpRequest.Builder withToken = HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(send(browser, withToken).statusCode())
                .as("with the token the request reaches validation")
                .isEqualTo(422);
    }

    @Test
    void a_wrong_password_on_the_login_form_goes_back_to_the_form() throws Exception {
        String username = users.create(Role.SUPERVISOR, "330106");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://127.0.0.1:" + port;
        send(browser, HttpRequest.newBuilder(URI.create(base + "/login")).GET());

        HttpResponse<String> login = send(
                browser,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=wrong&_csrf=" + cookie(cookies, "XSRF-TOKEN"))));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }
}
