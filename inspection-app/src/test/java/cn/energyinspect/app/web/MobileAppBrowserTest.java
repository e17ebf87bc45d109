package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.MobileDevice;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.MobilePhone;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inspectors' offline app on a phone (390×844, touch): a visit recorded without a network and synced when it
 * returns, two devices answering the same item, and a connection that drops in the middle of the photos. The server
 * runs on today's date: the phone's clock is the real one, and the record's times are the phone's.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class MobileAppBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    CaseSteps onSiteToday() {
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        return steps;
    }

    @Test
    void an_inspector_records_a_visit_offline_and_sync_completes_the_on_site_step(Page desk) throws Exception {
        CaseSteps steps = onSiteToday();
        // the items of the template version the case keeps (another test may have published a newer one)
        int items = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/checklist")
                .json()
                .path("template")
                .path("items")
                .size();
        try (MobilePhone phone = new MobilePhone(desk.context().browser(), port)) {
            long started = System.nanoTime();
            phone.signIn(steps.world.inspector1());
            long interactive = System.nanoTime() - started;
            phone.prepare(steps.caseId);
            BrowserExtension.screenshot(phone.page, "mobile-1-inspections");

            phone.offline(true);
            phone.page.reload();
            assertThat(phone.page.locator("[data-test=m-offline]")).isVisible();
            assertThat(phone.page.locator("[data-test=m-case-" + steps.caseId + "]"))
                    .containsText("测试水泥厂");
            phone.openCase(steps.caseId);
            phone.startVisit();

            phone.tab("检查表");
            phone.yes("ENERGY_MANAGER");
            phone.yes("ENERGY_REPORT");
            phone.yes("METERING");
            phone.clinker(125);
            assertThat(phone.page.locator("[data-test=m-verdict]").first()).hasText("联网后判定");
            assertThat(phone.page.locator("[data-test=m-progress]")).hasText("4 / " + items);
            BrowserExtension.screenshot(phone.page, "mobile-2-checklist-offline");

            phone.tab("证据");
            byte[] kiln = jpeg(1600, 1200, 1);
            byte[] meter = jpeg(1600, 1200, 2);
            phone.photos(
                    "熟料车间",
                    new FilePayload("窑头.jpg", "image/jpeg", kiln),
                    new FilePayload("电表.jpg", "image/jpeg", meter));

            phone.tab("签署");
            assertThat(phone.page.locator("[data-test=m-preview]")).containsText("125");
            assertThat(phone.page.locator("[data-test=m-preview-photos]")).containsText("熟料车间");
            phone.signRecord("熟料车间", "王厂长");
            phone.sign("m-pad-representative");
            phone.sign("m-pad-inspector-0");
            phone.sign("m-pad-inspector-1");
            BrowserExtension.screenshot(phone.page, "mobile-3-signatures");
            phone.page.locator("[data-test=m-sign-record]").click();
            assertThat(phone.page.locator("[data-test=m-record-signed]")).isVisible();
            phone.tab("检查表");
            assertThat(phone.page.locator("[data-test=m-frozen]")).isVisible();

            phone.openSync();
            assertThat(phone.page.locator("[data-test=m-outbox-item][data-state=PENDING]"))
                    .hasCount(7);
            assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");
            BrowserExtension.screenshot(phone.page, "mobile-4-queue-offline");

            long syncStarted = System.nanoTime();
            phone.offline(false);
            phone.waitAllSynced();
            long syncTime = System.nanoTime() - syncStarted;
            BrowserExtension.screenshot(phone.page, "mobile-5-synced");
            assertThat(phone.cspViolations()).isEmpty();

            JsonNode detail = steps.detail();
            assertThat(detail.path("status").asText()).isEqualTo("INSPECTED");
            assertThat(detail.path("findings").findValuesAsText("kind")).containsExactly("OVER_QUOTA");
            JsonNode evidence = steps.supervisor
                    .get("/api/v1/cases/" + steps.caseId + "/evidence")
                    .json();
            assertThat(evidence).hasSize(5);
            for (JsonNode e : evidence) {
                byte[] bytes = steps.supervisor.bytes("/api/v1/cases/" + steps.caseId + "/evidence/"
                        + e.path("id").asLong());
                assertThat(MobileDevice.sha256(bytes))
                        .isEqualTo(e.path("sha256").asText());
            }
            JsonNode trace = steps.supervisor
                    .get("/api/v1/cases/" + steps.caseId + "/visit-trace")
                    .json();
            assertThat(trace.path("start").path("latitude").asDouble()).isEqualTo(MobilePhone.LATITUDE);
            assertThat(trace.path("evidence").findValuesAsText("kind"))
                    .containsExactlyInAnyOrder("PHOTO", "PHOTO", "SIGNATURE", "SIGNATURE", "SIGNATURE");
            assertThat(trace.path("evidence").findValuesAsText("originalBytes"))
                    .contains(String.valueOf(kiln.length), String.valueOf(meter.length));

            WebSession.signIn(desk, port, steps.world.supervisor(), "/workbench");
            desk.navigate(WebSession.base(port) + "/cases/" + steps.caseId);
            desk.locator(".el-tabs__item", new Page.LocatorOptions().setHasText("第1轮"))
                    .click();
            assertThat(desk.locator("[data-test=record-evidence] tbody tr")).hasCount(5);
            assertThat(desk.locator("[data-test=visit-trace] [data-test=trace-start]"))
                    .containsText("30.25900");
            assertThat(desk.locator("[data-test=trace-evidence]")).containsText("王厂长");
            assertThat(desk.locator("[data-test=record-evidence]"))
                    .containsText(evidence.get(0).path("sha256").asText());
            desk.locator(".el-tabs__item", new Page.LocatorOptions().setHasText("执法文书"))
                    .click();
            assertThat(desk.locator(".el-tabs__content")).containsText("现场监察笔录");
            BrowserExtension.screenshot(desk, "mobile-6-supervisor-case");

            Files.createDirectories(BrowserExtension.SCREENSHOTS);
            Files.writeString(
                    BrowserExtension.SCREENSHOTS.resolve("mobile-metrics.txt"),
                    String.format(
                            java.util.Locale.ROOT,
                            "mobile app: sign-in to 我的检查 %.0f ms; offline visit (2 photos, 3 signatures, 7 commands)"
                                    + " synced in %.0f ms after the network returned%n",
                            interactive / 1e6,
                            syncTime / 1e6));
        }
    }

    @Test
    void two_devices_answer_the_same_item_offline_and_the_second_to_sync_chooses(Page desk) {
        CaseSteps steps = onSiteToday();
        try (MobilePhone first = new MobilePhone(desk.context().browser(), port);
                MobilePhone second = new MobilePhone(desk.context().browser(), port)) {
            first.signIn(steps.world.inspector1()).prepare(steps.caseId).offline(true);
            second.signIn(steps.world.inspector2()).prepare(steps.caseId).offline(true);
            first.openCase(steps.caseId);
            first.tab("检查表");
            first.yes("ENERGY_MANAGER");
            second.openCase(steps.caseId);
            second.tab("检查表");
            second.no("ENERGY_MANAGER");

            first.openSync();
            first.offline(false);
            first.waitAllSynced();
            second.openSync();
            second.offline(false);
            assertThat(second.page.locator("[data-test=m-conflict]"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(second.page.locator("[data-test=m-conflict-mine]")).containsText("否");
            assertThat(second.page.locator("[data-test=m-conflict-server]")).containsText("是");
            BrowserExtension.screenshot(second.page, "mobile-conflict");
            assertThat(steps.inspector1
                            .get("/mobile/v1/inspections/" + steps.caseId + "/checklist")
                            .json()
                            .path("answers")
                            .path("ENERGY_MANAGER")
                            .path("value")
                            .asBoolean())
                    .as("nothing overwritten before the person chose")
                    .isTrue();

            second.page.locator("[data-test=m-keep-mine]").click();
            second.waitAllSynced();
            JsonNode checklist = steps.inspector1
                    .get("/mobile/v1/inspections/" + steps.caseId + "/checklist")
                    .json();
            assertThat(checklist
                            .path("answers")
                            .path("ENERGY_MANAGER")
                            .path("value")
                            .asBoolean())
                    .isFalse();
            assertThat(checklist.path("versions").path("ENERGY_MANAGER").asInt())
                    .isEqualTo(2);
        }
    }

    @Test
    void the_connection_drops_in_the_middle_of_the_photos_and_everything_arrives_exactly_once(Page desk)
            throws Exception {
        CaseSteps steps = onSiteToday();
        try (MobilePhone phone = new MobilePhone(desk.context().browser(), port, false)) {
            phone.signIn(steps.world.inspector1()).prepare(steps.caseId);
            // the second upload reaches the server but its answer is lost; the next two never leave the phone
            AtomicInteger uploads = new AtomicInteger();
            phone.context.route(java.util.regex.Pattern.compile(".*/evidence\\?clientRequestId=.*"), route -> {
                int n = uploads.incrementAndGet();
                if (n == 2) {
                    route.fetch();
                    route.abort("connectionreset");
                } else if (n == 3 || n == 4) {
                    route.abort("internetdisconnected");
                } else {
                    route.resume();
                }
            });
            phone.openCase(steps.caseId);
            phone.tab("证据");
            phone.photos(
                    "现场",
                    new FilePayload("1.jpg", "image/jpeg", jpeg(800, 600, 11)),
                    new FilePayload("2.jpg", "image/jpeg", jpeg(800, 600, 12)),
                    new FilePayload("3.jpg", "image/jpeg", jpeg(800, 600, 13)));
            phone.openSync();
            assertThat(phone.page.locator("[data-test=m-outbox-message]").first())
                    .containsText("等待网络", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(uploads.get()).isGreaterThanOrEqualTo(2);
            assertThat(countEvidence(steps.caseId))
                    .as("the first, and the one whose answer was lost")
                    .isEqualTo(2);
            assertThat(phone.page.locator("[data-test=m-outbox-item]")).hasCount(2);
            BrowserExtension.screenshot(phone.page, "mobile-dropped-upload");

            phone.context.unrouteAll();
            phone.page.locator("[data-test=m-sync-now]").click();
            phone.waitAllSynced();
            assertThat(countEvidence(steps.caseId)).as("exactly once").isEqualTo(3);
            assertThat(phone.page.locator("[data-test=m-done-item]", new Page.LocatorOptions().setHasText("重复提交")))
                    .hasCount(1);
        }
    }

    @Test
    void a_token_that_expired_offline_makes_the_queue_wait_for_a_sign_in_and_nothing_is_lost(Page desk) {
        CaseSteps steps = onSiteToday();
        try (MobilePhone phone = new MobilePhone(desk.context().browser(), port)) {
            phone.signIn(steps.world.inspector1()).prepare(steps.caseId).offline(true);
            phone.openCase(steps.caseId);
            phone.tab("检查表");
            phone.yes("ENERGY_MANAGER");
            phone.no("METERING");
            // while the phone is offline its token ends (here revoked by the administrator, as expiry would)
            String admin = users.create(cn.energyinspect.app.security.Role.PROVINCE_ADMIN, "330000");
            CaseSteps.ok(Api.as(port, admin)
                    .post("/api/v1/admin/users/" + steps.world.inspector1() + "/revoke-tokens", java.util.Map.of()));

            phone.openSync();
            phone.offline(false);
            assertThat(phone.page.locator("[data-test=m-expired]"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertThat(phone.page.locator("[data-test=m-outbox-item][data-state=PENDING]"))
                    .hasCount(1);
            assertThat(steps.inspector1
                            .get("/mobile/v1/inspections/" + steps.caseId + "/sync")
                            .status())
                    .as("the test's own token was revoked too")
                    .isEqualTo(401);

            phone.page.locator("[data-test=m-expired]").click();
            assertThat(phone.page.locator("[data-test=m-login-expired]")).containsText("1 项未同步");
            phone.page.locator("[data-test=m-password] input").fill(TestFixtures.PASSWORD);
            phone.page.locator("[data-test=m-login]").click();
            phone.openSync();
            phone.waitAllSynced();
            steps.signIn();
            JsonNode answers = steps.inspector1
                    .get("/mobile/v1/inspections/" + steps.caseId + "/checklist")
                    .json()
                    .path("answers");
            assertThat(answers.path("ENERGY_MANAGER").path("value").asBoolean()).isTrue();
            assertThat(answers.path("METERING").path("value").asBoolean()).isFalse();
        }
    }

    @Test
    void a_full_device_says_so_and_keeps_nothing_half_written(Page desk) throws Exception {
        CaseSteps steps = onSiteToday();
        try (MobilePhone phone = new MobilePhone(desk.context().browser(), port)) {
            phone.signIn(steps.world.inspector1()).prepare(steps.caseId);
            phone.openCase(steps.caseId);
            phone.tab("证据");
            // the device is full: IndexedDB refuses the next write as a full disk does (QuotaExceededError); the
            // photo's bytes are written first in the same transaction, its outbox entry is the write refused
            phone.page.evaluate("() => { IDBObjectStore.prototype.add = function () {"
                    + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError') } }");
            phone.page.locator("[data-test=m-caption] input").fill("大照片");
            phone.page
                    .locator("[data-test=m-photo-input]")
                    .setInputFiles(new FilePayload("大.jpg", "image/jpeg", jpeg(1600, 1200, 21)));

            assertThat(phone.page.locator(".van-toast")).containsText("设备存储空间不足");
            assertThat(phone.page.locator("[data-test=m-evidence-item]")).hasCount(0);
            Object counts = phone.page.evaluate("async () => { const open = indexedDB.open('energyinspect-mobile');"
                    + " const db = await new Promise(r => open.onsuccess = () => r(open.result));"
                    + " const count = (store) => new Promise(r => { const q = db.transaction(store).objectStore(store).count();"
                    + " q.onsuccess = () => r(q.result) });"
                    + " return [await count('evidence'), await count('outbox')] }");
            assertThat(String.valueOf(counts))
                    .as("no file without its command, no command without its file")
                    .isEqualTo("[0, 0]");
            BrowserExtension.screenshot(phone.page, "mobile-storage-full");
        }
    }

    private int countEvidence(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE case_id = ?", Integer.class, caseId);
    }

    /** A JPEG of noise (does not compress much): about 1–2 MB at 1600×1200. */
    static byte[] jpeg(int width, int height, long seed) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
