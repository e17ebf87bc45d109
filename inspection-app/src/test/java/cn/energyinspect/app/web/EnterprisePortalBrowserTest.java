package cn.energyinspect.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.CaseStages;
import cn.energyinspect.app.support.browser.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The enterprise in the browser: answering a rectification notice with evidence, and files the server refuses. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class EnterprisePortalBrowserTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_enterprise_answers_a_finding_with_a_pdf_and_a_photo_and_sees_the_upload_progress(Page page)
            throws Exception {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        CaseStages.awaitingAnswer(steps);

        WebSession.signIn(page, port, steps.world.enterpriseUser(), "/portal");
        page.locator("[data-test=portal-case-" + steps.caseId + "]").click();
        assertThat(page.locator("[data-test=portal-status]")).hasText("整改中");
        assertThat(page.locator("[data-test=portal-documents]")).containsText("限期整改通知书");
        assertThat(page.locator("[data-test=answer-status]")).hasText("待答复");
        page.locator("[data-test=answer-text-1]").fill("已完成余热发电和篦冷机改造，熟料综合能耗降至 105 kgce/t。");

        // a slow uplink, so the progress of a 3 MB report can be watched
        CDPSession network = page.context().newCDPSession(page);
        network.send("Network.enable");
        JsonObject slow = new JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 20);
        slow.addProperty("downloadThroughput", -1);
        slow.addProperty("uploadThroughput", 1_500_000);
        network.send("Network.emulateNetworkConditions", slow);

        page.locator("[data-test=evidence-input]").setInputFiles(new FilePayload[] {
            new FilePayload("改造验收报告.pdf", "application/pdf", largePdf()),
            new FilePayload("现场照片.png", "image/png", CaseSteps.png())
        });
        Locator progress = page.locator("[data-test=upload-progress]").first();
        page.waitForFunction("() => [...document.querySelectorAll('[data-test=upload-progress]')]"
                + ".some(p => { const v = Number(p.getAttribute('aria-valuenow')); return v > 0 && v < 100 })");
        BrowserExtension.screenshot(page, "enterprise-upload-progress");
        assertThat(progress).isVisible();
        assertThat(page.locator("[data-test=evidence-file][data-status=done]"))
                .hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        JsonObject fast = new JsonObject();
        fast.addProperty("offline", false);
        fast.addProperty("latency", 0);
        fast.addProperty("downloadThroughput", -1);
        fast.addProperty("uploadThroughput", -1);
        network.send("Network.emulateNetworkConditions", fast);

        page.locator("[data-test=answer-submit]").click();
        assertThat(page.locator("[data-test=portal-status]")).hasText("企业已回复整改");
        assertThat(page.locator("[data-test=answer-status]")).hasText("已提交，待复查");
        BrowserExtension.screenshot(page, "enterprise-answer-submitted");

        assertThat(steps.detail().path("status").asText()).isEqualTo("ANSWERED");
        JsonNode evidence = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/evidence")
                .json();
        assertThat(evidence).hasSize(2);
        long finding = steps.detail().path("findings").get(0).path("id").asLong();
        evidence.forEach(e -> {
            assertThat(e.path("findingId").asLong()).isEqualTo(finding);
            assertThat(e.path("uploadedBy").asText()).isEqualTo(steps.world.enterpriseUser());
        });
    }

    @Test
    void a_file_of_the_wrong_type_is_refused_with_a_message(Page page) {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        CaseStages.awaitingAnswer(steps);

        WebSession.signIn(page, port, steps.world.enterpriseUser(), "/portal");
        page.navigate(WebSession.base(port) + "/portal/cases/" + steps.caseId);
        page.locator("[data-test=evidence-input]").setInputFiles(new FilePayload[] {
            // refused in the browser, by its name and type
            new FilePayload("整改说明.txt", "text/plain", "文字说明".getBytes(StandardCharsets.UTF_8)),
            // named like a PDF, but the server reads the content and refuses it
            new FilePayload("伪装的报告.pdf", "application/pdf", "MZ not really a pdf".getBytes(StandardCharsets.UTF_8))
        });

        Locator errors = page.locator("[data-test=evidence-error]");
        assertThat(errors).hasCount(2);
        assertThat(errors.nth(0)).containsText("不支持的文件类型");
        assertThat(errors.nth(1)).containsText("文件类型不允许：内容是");
        BrowserExtension.screenshot(page, "enterprise-wrong-file-type");
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/evidence")
                        .json())
                .isEmpty();
    }

    /** A valid PDF of about 3 MB (one page with a noise image that does not compress). */
    static byte[] largePdf() throws Exception {
        BufferedImage noise = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                noise.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage();
            document.addPage(pdfPage);
            PDImageXObject image = LosslessFactory.createFromImage(document, noise);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.drawImage(image, 50, 200, 500, 500);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
