package cn.energyinspect.app.support.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.energyinspect.app.support.TestFixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An inspector's phone in the browser: a 390×844 touch viewport (mobile, device pixel ratio 3), Chinese locale, China
 * time, and geolocation granted at a fixed position, running the offline app at {@code /m/}. Each phone is its own
 * browser context (its own IndexedDB, service worker and cookies), so two phones are two devices.
 */
public final class MobilePhone implements AutoCloseable {
    public static final double LATITUDE = 30.2590;
    public static final double LONGITUDE = 120.1300;

    public final BrowserContext context;
    public final Page page;
    private final String base;
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

    private final boolean serviceWorker;

    public MobilePhone(Browser browser, int port) {
        this(browser, port, true);
    }

    /**
     * @param serviceWorker false: the app runs without its service worker (Playwright cannot route the requests of a
     *     page a service worker controls), for a test that cuts single requests
     */
    public MobilePhone(Browser browser, int port, boolean serviceWorker) {
        this.base = WebSession.base(port);
        this.serviceWorker = serviceWorker;
        this.context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(3)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setGeolocation(LATITUDE, LONGITUDE)
                .setPermissions(List.of("geolocation"))
                .setServiceWorkers(
                        serviceWorker
                                ? com.microsoft.playwright.options.ServiceWorkerPolicy.ALLOW
                                : com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        context.setDefaultTimeout(20_000);
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    /** Signs in on the app's login page and waits for 我的检查. */
    public MobilePhone signIn(String username) {
        page.navigate(base + "/m/login");
        page.locator("[data-test=m-username] input").fill(username);
        page.locator("[data-test=m-password] input").fill(TestFixtures.PASSWORD);
        page.locator("[data-test=m-login]").click();
        assertThat(page.locator("[data-test=m-inspections]")).isVisible();
        return this;
    }

    /** 离线准备 of a case, then waits until the service worker is active (the app shell is cached). */
    public MobilePhone prepare(long caseId) {
        page.locator("[data-test=m-prepare-" + caseId + "]").click();
        assertThat(page.locator("[data-test=m-case-" + caseId + "] [data-test=m-prepared]"))
                .isVisible();
        if (serviceWorker) {
            page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        }
        return this;
    }

    public MobilePhone offline(boolean offline) {
        context.setOffline(offline);
        return this;
    }

    public void openCase(long caseId) {
        page.locator("[data-test=m-case-" + caseId + "] .van-cell").first().click();
        assertThat(page.locator("[data-test=m-overview]")).isVisible();
    }

    public void tab(String title) {
        page.locator(".van-tab", new Page.LocatorOptions().setHasText(title)).click();
    }

    public void startVisit() {
        page.locator("[data-test=m-start-visit]").click();
        assertThat(page.locator("[data-test=m-start-position]")).containsText("30.25900, 120.13000");
    }

    public void yes(String item) {
        page.locator("[data-test=m-yes-" + item + "]").click();
    }

    public void no(String item) {
        page.locator("[data-test=m-no-" + item + "]").click();
    }

    /** A clinker row of the quota item: 熟料单位产品综合能耗 {@code kgce} kgce/t at 200 m altitude. */
    public void clinker(double kgce) {
        page.locator("[data-test=m-add-row-UNIT_CONSUMPTION]").click();
        page.locator("[data-test=m-indicator-search] input").fill("熟料");
        page.locator("[data-test=m-option]", new Page.LocatorOptions().setHasText("熟料单位产品综合能耗"))
                .first()
                .click();
        Locator row = page.locator("[data-test=m-row-UNIT_CONSUMPTION-0]");
        row.locator("[data-test=m-quota-value] input").fill(String.valueOf(kgce));
        row.locator("[data-test=m-condition-altitudeMeters] input").fill("200");
        row.locator("[data-test=m-condition-altitudeMeters] input").blur();
    }

    public void photos(String caption, FilePayload... files) {
        page.locator("[data-test=m-caption] input").fill(caption);
        int before = page.locator("[data-test=m-evidence-item]").count();
        page.locator("[data-test=m-photo-input]").setInputFiles(files);
        assertThat(page.locator("[data-test=m-evidence-item]"))
                .hasCount(before + files.length, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
    }

    /** Draws a signature on the pad with touch-like strokes (pointer down, moves, up) and confirms it. */
    public void sign(String padTestId) {
        Locator pad = page.locator("[data-test=" + padTestId + "]");
        Locator canvas = pad.locator("[data-test=m-sign-canvas]");
        canvas.scrollIntoViewIfNeeded();
        BoundingBox box = canvas.boundingBox();
        double x = box.x + 20;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        for (int i = 1; i <= 12; i++) {
            page.mouse()
                    .move(
                            x + i * 20,
                            y + (i % 2 == 0 ? -25 : 25),
                            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        }
        page.mouse().up();
        pad.locator("[data-test=m-sign-confirm]").click();
        assertThat(pad.locator("[data-test=m-signed]")).isVisible();
    }

    public void signRecord(String place, String representative) {
        page.locator("[data-test=m-place] input").fill(place);
        page.locator("[data-test=m-representative] input").fill(representative);
    }

    public void openSync() {
        page.locator("[data-test=m-tab-sync]").click();
        assertThat(page.locator("[data-test=m-sync]")).isVisible();
    }

    public void waitAllSynced() {
        assertThat(page.locator("[data-test=m-all-synced]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
    }

    /** CSP refusals Chromium reported on this phone. */
    public List<String> cspViolations() {
        return cspViolations;
    }

    @Override
    public void close() {
        context.close();
    }
}
