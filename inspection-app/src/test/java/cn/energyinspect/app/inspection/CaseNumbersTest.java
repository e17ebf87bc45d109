package cn.energyinspect.app.inspection;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CaseNumbersTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void numbers_opened_concurrently_are_gap_free_and_unique_per_agency_and_year() throws Exception {
        CaseWorld.World world = worlds.create("330106");
        Api supervisor = Api.as(port, world.supervisor());
        int cases = 24;
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            EnterpriseForm enterprise = anEnterprise().inRegion("330106").build();
            enterprises.insert(enterprise, false);
            usccs.add(enterprise.uscc());
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Response>> opened = new ArrayList<>();
        for (String uscc : usccs) {
            opened.add(pool.submit(() -> supervisor.post(
                    "/api/v1/cases",
                    Map.of("enterpriseUscc", uscc, "trigger", "SPOT_CHECK", "inspectionType", "DESK"))));
        }
        for (Future<Api.Response> response : opened) {
            assertThat(response.get().status()).as(response.get().body()).isEqualTo(201);
        }
        pool.shutdown();

        List<Integer> numbers = jdbc.queryForList(
                "SELECT sequence_no FROM inspection_case WHERE agency_id = ? ORDER BY sequence_no",
                Integer.class,
                world.agencyId());
        assertThat(numbers).hasSize(cases);
        for (int i = 0; i < cases; i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT case_number) FROM inspection_case WHERE agency_id = ?",
                        Integer.class,
                        world.agencyId()))
                .isEqualTo(cases);
    }

    @Test
    void a_case_keeps_the_checklist_version_it_started_with() {
        CaseWorld.World world = worlds.create("330106");
        Api supervisor = Api.as(port, world.supervisor());
        long before = supervisor
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "enterpriseUscc",
                                world.enterpriseUscc(),
                                "trigger",
                                "COMPLAINT",
                                "inspectionType",
                                "DESK"))
                .json()
                .path("id")
                .asLong();
        jdbc.update("INSERT INTO checklist_template (code, version, inspection_type, title, items_json, published_at)"
                + " SELECT code, version + 100, inspection_type, CONCAT(title, '（修订）'), items_json,"
                + " DATE_ADD(CURRENT_TIMESTAMP(3), INTERVAL 1 SECOND) FROM checklist_template"
                + " WHERE code = 'DESK_REPORT' AND version = 1");
        try {
            long after = supervisor
                    .post(
                            "/api/v1/cases",
                            Map.of(
                                    "enterpriseUscc",
                                    world.enterpriseUscc(),
                                    "trigger",
                                    "COMPLAINT",
                                    "inspectionType",
                                    "DESK"))
                    .json()
                    .path("id")
                    .asLong();

            assertThat(supervisor
                            .get("/api/v1/cases/" + before + "/checklist")
                            .json()
                            .path("template")
                            .path("version")
                            .asInt())
                    .isEqualTo(1);
            assertThat(supervisor
                            .get("/api/v1/cases/" + after + "/checklist")
                            .json()
                            .path("template")
                            .path("version")
                            .asInt())
                    .isEqualTo(101);
        } finally {
            jdbc.update(
                    "UPDATE checklist_template SET published_at = '2000-01-01' WHERE code = 'DESK_REPORT' AND version = 101");
        }
    }
}
