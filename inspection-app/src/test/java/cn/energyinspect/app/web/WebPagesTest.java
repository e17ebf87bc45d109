package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** How the server hands out the web pages, and the pages' JSON sign-in and sign-out with the CSRF token. */
@IntegrationTest
class WebPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void a_page_address_is_answered_with_the_app_but_an_unknown_api_address_stays_a_404_problem() throws Exception {
        Assumptions.assumeTrue(WebPages.present(), "web pages not built (-Dskip.frontend=true)");
        HttpResponse<String> page = get("/cases/12?status=RECTIFYING");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"app\"></div>");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        assertThat(get("/").body()).contains("<div id=\"app\"></div>");

        HttpResponse<String> api = get("/api/v1/no-such-thing");
        assertThat(api.statusCode()).isIn(401, 404);
        assertThat(api.body()).doesNotContain("<div id=\"app\">");
        assertThat(get("/no-such-file.js").statusCode()).isEqualTo(404);

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> asset = get(script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");
    }

    @Test
    void a_browser_that_accepts_gzip_gets_scripts_and_json_compressed_and_the_same_content() throws Exception {
        byte[] plain = bytes("/v3/api-docs", false).body();
        HttpResponse<byte[]> zipped = bytes("/v3/api-docs", true);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain);
        assertThat(zipped.body().length).as("gzip of the API description").isLessThan(plain.length / 3);
        System.out.println("COMPRESSION /v3/api-docs plain=" + plain.length + " gzip=" + zipped.body().length);
        if (!WebPages.present()) {
            return; // -Dskip.frontend=true: no scripts to fetch
        }
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(get("/").body());
        assertThat(script.find()).isTrue();
        HttpResponse<byte[]> asset = bytes(script.group(1), true);
        assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");
        int plainScript = bytes(script.group(1), false).body().length;
        assertThat(asset.body().length).isLessThan(plainScript / 2);
        System.out.println("COMPRESSION " + script.group(1) + " plain=" + plainScript + " gzip=" + asset.body().length);
    }

    private HttpResponse<byte[]> bytes(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_pages_sign_in_with_json_and_the_csrf_token_and_sign_out_again() throws Exception {
        String username = users.create(Role.SUPERVISOR, "330106");
        get("/login");
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + TestFixtures.PASSWORD + "\"}";

        assertThat(post("/api/v1/auth/session", body, null).statusCode())
                .as("a session login without the CSRF token")
                .isEqualTo(403);
        HttpResponse<String> wrong = post(
                "/api/v1/auth/session",
                "{\"username\":\"" + username + "\",\"password\":\"wrong\"}",
                cookie("XSRF-TOKEN"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).path("detail").asText()).isEqualTo("用户名或密码错误");

        HttpResponse<String> login = post("/api/v1/auth/session", body, cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode profile = JSON.readTree(login.body());
        assertThat(profile.path("username").asText()).isEqualTo(username);
        assertThat(profile.path("regionName").asText()).isEqualTo("西湖区");
        assertThat(profile.path("agencyName").asText()).isNotBlank();

        JsonNode me = JSON.readTree(get("/api/v1/auth/me").body());
        assertThat(me.path("username").asText()).isEqualTo(username);
        assertThat(me.path("regions").get(0).path("code").asText()).isEqualTo("330106");

        assertThat(post("/api/v1/auth/logout", "", cookie("XSRF-TOKEN")).statusCode())
                .isEqualTo(204);
        assertThat(get("/api/v1/auth/me").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }
}
