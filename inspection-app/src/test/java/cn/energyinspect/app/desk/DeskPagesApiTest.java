package cn.energyinspect.app.desk;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk pages' API: the workbench filtered by the engine (the count is the filter's), the case list by an
 * enterprise's name or the start of its code, the region tree, saved filters, the register's export and an
 * enterprise's years, the operation log. Counties of 上饶 (3611xx).
 */
@IntegrationTest
class DeskPagesApiTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    TestFixtures.Users users;

    @Test
    void the_workbench_filters_on_the_server_and_its_count_is_the_filters() {
        CaseWorld.World world = worlds.create("361102");
        CaseSteps steps = new CaseSteps(port, world);
        EnterpriseForm other =
                anEnterprise().inRegion("361102").named("上饶信州过滤测试玻璃有限公司").build();
        enterprises.insert(other, false);
        steps.open("MANUAL");
        steps.open("COMPLAINT");
        Api.Response third = steps.supervisor.post(
                "/api/v1/cases",
                Map.of("enterpriseUscc", other.uscc(), "trigger", "MANUAL", "inspectionType", "ON_SITE"));
        assertThat(third.status()).as(third.body()).isEqualTo(201);

        JsonNode all = ok(steps.supervisor.get("/api/v1/tasks?taskKey=Task_AssignTeam"));
        assertThat(all.path("totalItems").asLong()).isEqualTo(3);
        JsonNode byName = ok(steps.supervisor.get("/api/v1/tasks?enterprise=" + enc("过滤测试玻璃")));
        assertThat(byName.path("totalItems").asLong()).isEqualTo(1);
        assertThat(byName.path("items")).hasSize(1);
        assertThat(byName.path("items").get(0).path("enterpriseUscc").asText()).isEqualTo(other.uscc());
        assertThat(byName.path("items").get(0).path("enterpriseAddress").asText())
                .isNotBlank();
        JsonNode byCode = ok(steps.supervisor.get(
                "/api/v1/tasks?enterprise=" + world.enterpriseUscc().substring(0, 16)));
        assertThat(byCode.path("totalItems").asLong()).isEqualTo(2);
        assertThat(ok(steps.supervisor.get("/api/v1/tasks?overdue=true"))
                        .path("totalItems")
                        .asLong())
                .isZero();
        assertThat(ok(steps.supervisor.get("/api/v1/tasks?enterprise=" + enc("没有这家企业")))
                        .path("totalItems")
                        .asLong())
                .isZero();
        Api.Response bad = steps.supervisor.get("/api/v1/tasks?taskKey=Task_Dance&dueWithinDays=999");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.problemFields()).containsExactlyInAnyOrder("taskKey", "dueWithinDays");

        JsonNode cases = ok(steps.supervisor.get("/api/v1/cases?enterprise=" + enc("过滤测试玻璃")));
        assertThat(cases.path("totalItems").asLong()).isEqualTo(1);
        assertThat(ok(steps.supervisor.get("/api/v1/cases?enterprise=" + world.enterpriseUscc()))
                        .path("totalItems")
                        .asLong())
                .isEqualTo(2);
        JsonNode tree = ok(steps.supervisor.get("/api/v1/regions/tree"));
        assertThat(tree).hasSize(1);
        assertThat(tree.get(0).path("code").asText()).isEqualTo("361102");

        JsonNode saved = ok(steps.supervisor.post(
                "/api/v1/saved-filters",
                Map.of("page", "cases", "name", "投诉案件", "query", Map.of("status", "OPENED", "enterprise", "玻璃"))));
        assertThat(ok(steps.supervisor.get("/api/v1/saved-filters?page=cases")).findValuesAsText("name"))
                .containsExactly("投诉案件");
        assertThat(steps.inspector1.get("/api/v1/saved-filters?page=cases").json())
                .isEmpty();
        assertThat(steps.inspector1
                        .delete("/api/v1/saved-filters/" + saved.path("id").asLong())
                        .status())
                .as("another's filter is not there")
                .isEqualTo(404);
        assertThat(steps.supervisor
                        .delete("/api/v1/saved-filters/" + saved.path("id").asLong())
                        .status())
                .isEqualTo(204);
        Api.Response nested = steps.supervisor.post(
                "/api/v1/saved-filters", Map.of("page", "cases", "name", "x", "query", Map.of("a", List.of(1))));
        assertThat(nested.status()).isEqualTo(422);
    }

    @Test
    void the_register_exports_its_filtered_list_and_an_enterprise_shows_its_cases_over_the_years() throws Exception {
        CaseWorld.World world = worlds.create("361103");
        CaseSteps steps = new CaseSteps(port, world);
        steps.open("MANUAL");

        Api.Download xlsx = steps.supervisor.download(
                "/api/v1/enterprises/export.xlsx?regionCode=361103&nameContains=" + enc("测试水泥厂"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentDisposition()).contains("filename");
        List<List<String>> rows = Workbooks.read(xlsx.bytes(), 0);
        assertThat(rows.getFirst()).contains("统一社会信用代码", "行业");
        assertThat(rows).anyMatch(r -> r.contains(world.enterpriseUscc()));
        assertThat(rows.size()).isEqualTo(2);

        JsonNode history = ok(steps.supervisor.get("/api/v1/enterprises/" + world.enterpriseUscc() + "/history"));
        assertThat(history.path("years")).isNotEmpty();
        assertThat(history.path("years")
                        .get(0)
                        .path("cases")
                        .get(0)
                        .path("line")
                        .path("id")
                        .asLong())
                .isEqualTo(steps.caseId);
        assertThat(Api.as(port, users.create(Role.SUPERVISOR, "360100"))
                        .get("/api/v1/enterprises/" + world.enterpriseUscc() + "/history")
                        .status())
                .as("another region's enterprise")
                .isEqualTo(404);
    }

    @Test
    void auditors_read_the_operation_log_of_their_region_with_who_what_when_and_from_where() throws Exception {
        CaseWorld.World world = worlds.create("361104");
        CaseSteps steps = new CaseSteps(port, world);
        steps.open("MANUAL");
        Api auditor = Api.as(port, worlds.auditorOf(world));

        JsonNode log = ok(auditor.get("/api/v1/admin/operation-log?source=AUDIT&actor=" + world.supervisor()));
        JsonNode opened = null;
        for (JsonNode row : log.path("items")) {
            if ("CASE_OPENED".equals(row.path("action").asText())) {
                opened = row;
            }
        }
        assertThat(opened).as(log.toString()).isNotNull();
        assertThat(opened.path("caseId").asLong()).isEqualTo(steps.caseId);
        assertThat(opened.path("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(ok(auditor.get("/api/v1/admin/operation-log?source=SECURITY&actor=" + world.supervisor()))
                        .path("items")
                        .findValuesAsText("action"))
                .contains("LOGIN_SUCCEEDED");
        Api.Download xlsx = auditor.download("/api/v1/admin/operation-log/export.xlsx?actor=" + world.supervisor());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(Workbooks.read(xlsx.bytes(), 0).size()).isGreaterThan(1);
        assertThat(Api.as(port, users.create(Role.AUDITOR, "360100"))
                        .get("/api/v1/admin/operation-log?actor=" + world.supervisor())
                        .json()
                        .path("totalItems")
                        .asLong())
                .as("another region's auditor sees none of it")
                .isZero();
        assertThat(steps.inspector1.get("/api/v1/admin/operation-log").status()).isEqualTo(403);
        assertThat(auditor.get("/api/v1/admin/operation-log?from=2026-06-02&to=2026-06-01")
                        .problemFields())
                .containsExactly("to");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
