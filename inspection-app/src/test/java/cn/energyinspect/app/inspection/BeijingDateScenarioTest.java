package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Business dates are Beijing dates: at 2026-12-31T16:30Z it is 00:30 on 1 January 2027 in Beijing, and the case, its
 * deadlines and its papers must say 2027 — the UTC date would still say 31 December 2026.
 */
@IntegrationTest
class BeijingDateScenarioTest {
    static final Instant HALF_PAST_MIDNIGHT_NEW_YEAR_IN_BEIJING = Instant.parse("2026-12-31T16:30:00Z");

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
    void a_case_opened_at_half_past_midnight_on_new_year_is_numbered_and_dated_in_the_new_year() throws Exception {
        clock.set(HALF_PAST_MIDNIGHT_NEW_YEAR_IN_BEIJING);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));

        JsonNode opened = steps.open("MANUAL");
        assertThat(opened.path("caseNumber").asText()).contains("〔2027〕");

        // the written notice needs 5 days: from 1 January the earliest visit is 6 January, not 5 January
        Api.Response tooEarly = steps.assignTeam("2027-01-05");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("visitDate").contains("2027-01-06");
        steps.ok(steps.assignTeam("2027-01-06"));

        // served today — 1 January in Beijing — is not "in the future"
        steps.ok(steps.complete(steps.inspector1, "Task_ServeInspectionNotice", Map.of("servedOn", "2027-01-01")));
        JsonNode served = steps.detail();
        assertThat(served.path("noticeServedOn").asText()).isEqualTo("2027-01-01");

        long noticeId = documentOf(served, "INSPECTION_NOTICE").path("id").asLong();
        String text = new PDFTextStripper()
                .getText(Loader.loadPDF(
                        steps.supervisor.bytes("/api/v1/cases/" + steps.caseId + "/documents/" + noticeId + "/pdf")));
        assertThat(text).contains("2027年1月1日").doesNotContain("2026年12月31日");
    }

    @Test
    void a_complaint_visited_on_new_years_day_is_inspected_that_day() {
        clock.set(HALF_PAST_MIDNIGHT_NEW_YEAR_IN_BEIJING);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");

        steps.ok(steps.assignTeam("2027-01-01"));
        assertThat(steps.detail().path("visitDate").asText()).isEqualTo("2027-01-01");
    }

    @Test
    void the_case_list_period_is_a_period_of_beijing_days() {
        clock.set(HALF_PAST_MIDNIGHT_NEW_YEAR_IN_BEIJING);
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");

        List<Long> inNewYear = ids(steps.supervisor
                .get("/api/v1/cases?from=2027-01-01&to=2027-01-01&enterprise=" + steps.world.enterpriseUscc())
                .json());
        List<Long> onNewYearsEve = ids(steps.supervisor
                .get("/api/v1/cases?from=2026-12-31&to=2026-12-31&enterprise=" + steps.world.enterpriseUscc())
                .json());
        assertThat(inNewYear).containsExactly(steps.caseId);
        assertThat(onNewYearsEve).isEmpty();
    }

    private static List<Long> ids(JsonNode page) {
        return page.path("items").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private static JsonNode documentOf(JsonNode detail, String kind) {
        for (JsonNode d : detail.path("documents")) {
            if (d.path("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " in " + detail.path("documents"));
    }
}
