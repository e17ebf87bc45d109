package cn.energyinspect.app.inspection;

import static cn.energyinspect.app.support.CaseSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.Workbooks;
import cn.energyinspect.app.support.browser.CaseStages;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case list's filters by finding kind and by industry, which the dashboard's findings charts open: a case in 万秀区
 * (450403, no other test opens cases there) inspected over the clinker quota, and one without findings.
 */
@IntegrationTest
class CaseListFindingFilterApiTest {
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
    void the_list_and_its_export_narrow_to_cases_with_a_finding_of_the_kind_and_enterprises_of_the_industry() {
        clock.set(CaseStages.MONDAY_1_JUNE_2026);
        CaseSteps wanxiu = new CaseSteps(port, worlds.create("450403"));
        wanxiu.open("COMPLAINT");
        ok(wanxiu.assignTeam("2026-06-01"));
        ok(wanxiu.inspect(125, Instant.parse("2026-06-01T00:30:00Z"), Instant.parse("2026-06-01T01:30:00Z")));
        long overQuota = wanxiu.caseId;
        String overQuotaNumber = wanxiu.detail().path("caseNumber").asText();
        long clean = wanxiu.open("MANUAL").path("id").asLong();

        assertThat(ids(wanxiu.supervisor, "findingKind=OVER_QUOTA")).containsExactly(overQuota);
        assertThat(ids(wanxiu.supervisor, "findingKind=ELIMINATED_EQUIPMENT")).isEmpty();
        assertThat(ids(wanxiu.supervisor, "industry=C30")).containsExactlyInAnyOrder(overQuota, clean);
        assertThat(ids(wanxiu.supervisor, "industry=C3011&findingKind=OVER_QUOTA"))
                .containsExactly(overQuota);
        assertThat(ids(wanxiu.supervisor, "industry=C31")).isEmpty();

        List<List<String>> export = Workbooks.read(
                wanxiu.supervisor
                        .download("/api/v1/cases/export.xlsx?findingKind=OVER_QUOTA&industry=C30")
                        .bytes(),
                0);
        assertThat(export.subList(1, export.size())).extracting(r -> r.get(0)).containsExactly(overQuotaNumber);
    }

    @Test
    void a_bad_kind_or_industry_is_a_422_naming_the_field_in_the_list_and_the_export() {
        Api supervisor = new CaseSteps(port, worlds.create("450403")).supervisor;

        for (String field : List.of("findingKind=OVERQUOTA", "industry=30", "industry=C3")) {
            Api.Response list = supervisor.get("/api/v1/cases?" + field);
            Api.Response export =
                    supervisor.download("/api/v1/cases/export.xlsx?" + field).asResponse();

            assertThat(list.status()).as(field).isEqualTo(422);
            assertThat(list.problemFields()).containsExactly(field.substring(0, field.indexOf('=')));
            assertThat(export.status()).as(field).isEqualTo(422);
            assertThat(export.problemFields()).isEqualTo(list.problemFields());
        }
    }

    private static List<Long> ids(Api api, String query) {
        Api.Response response = api.get("/api/v1/cases?size=100&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : response.json().path("items")) {
            ids.add(item.path("id").asLong());
        }
        return ids;
    }
}
