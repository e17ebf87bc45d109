package cn.energyinspect.app.support.browser;

import cn.energyinspect.app.web.WebPages;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test class in a real browser: Playwright for Java driving the machine's Chromium (Debian's {@code chromium}
 * package; Playwright's own browser download is switched off, as it cannot be fetched here). One Playwright and one
 * headless Chromium per JVM, a fresh browser context (cookies, storage) per test, handed to the test as a {@link
 * Page}. A test that fails leaves a screenshot in {@code target/browser-screenshots/}; a test whose page broke the
 * server's Content-Security-Policy (Chromium reports each refusal on the console) fails.
 *
 * <p>Chromium is {@code /usr/bin/chromium}, or the system property {@code chromium.path} / the environment variable
 * {@code CHROMIUM_PATH}. When it is missing the tests fail if the environment variable {@code CI} is set (CI must run
 * them) and are skipped with a message otherwise; when the build left the web pages out ({@code
 * -Dskip.frontend=true}) they are skipped.
 */
public final class BrowserExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");
    private static final String CSP_VIOLATIONS = "csp-violations";
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    static Path chromiumPath() {
        String configured = System.getProperty("chromium.path", System.getenv("CHROMIUM_PATH"));
        return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!WebPages.present()) {
            skip("the web pages were not built (-Dskip.frontend=true, or no Node): browser tests skipped");
        }
        Path chromium = chromiumPath();
        if (!Files.isExecutable(chromium)) {
            String message = "Chromium not found at " + chromium + ". Install it with"
                    + " `sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), or point CHROMIUM_PATH"
                    + " (or -Dchromium.path) at a Chromium/Chrome executable.";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
                Assertions.fail("CI is set, so the browser tests must run: " + message);
            }
            skip(message + " Browser tests skipped.");
        }
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, k -> new Chromium(chromium));
    }

    private static void skip(String message) {
        System.err.println("[browser-tests] SKIPPED: " + message);
        Assumptions.abort(message);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium chromium = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        BrowserContext browserContext = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1440, 900));
        browserContext.setDefaultTimeout(15_000);
        Page page = browserContext.newPage();
        // the pages must work under the server's Content-Security-Policy: Chromium reports every refusal on the console
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        context.getStore(NAMESPACE).put(Page.class, page);
        context.getStore(NAMESPACE).put(CSP_VIOLATIONS, violations);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Page page = context.getStore(NAMESPACE).remove(Page.class, Page.class);
        if (page == null) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            screenshot(
                    page,
                    "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
        }
        page.context().close();
        @SuppressWarnings("unchecked")
        List<String> violations = context.getStore(NAMESPACE).remove(CSP_VIOLATIONS, List.class);
        if (violations != null
                && !violations.isEmpty()
                && context.getExecutionException().isEmpty()) {
            Assertions.fail("the page broke the Content-Security-Policy: " + String.join("\n", violations));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getStore(NAMESPACE).get(Page.class, Page.class);
    }

    /**
     * Saves a full-page screenshot as {@code target/browser-screenshots/<name>.png}. CSS transitions are finished first:
     * a tag that has just appeared (Element Plus zooms it in) would otherwise be caught invisible.
     */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(file)
                .setFullPage(true)
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        return file;
    }

    /** Playwright (its Node driver comes inside the Maven jar) and one headless Chromium, closed when the JVM's tests end. */
    static final class Chromium implements ExtensionContext.Store.CloseableResource {
        final Playwright playwright;
        final Browser browser;

        Chromium(Path executable) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(CHROMIUM_ARGS));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
