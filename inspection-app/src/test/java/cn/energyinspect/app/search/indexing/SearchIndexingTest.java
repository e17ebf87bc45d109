package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Records reach the index through the outbox, on the real MariaDB and Elasticsearch of the test run. */
@IntegrationTest
class SearchIndexingTest {
    static final Duration FRESH = Duration.ofSeconds(15);
    static final List<String> XIHU = List.of("330000", "330100", "330106");

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    SearchOutbox outbox;

    SearchProbe index;
    Api admin;

    @BeforeEach
    void setUp() {
        index = new SearchProbe(client);
        admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_registered_enterprise_becomes_searchable_by_name_and_region() {
        EnterpriseForm form =
                anEnterprise().inRegion("330106").named("杭州余热发电水泥有限公司").build();
        CaseSteps.ok(admin.post("/api/v1/enterprises", form));

        Map<String, Object> doc = index.awaitDoc(SearchFields.DocType.ENTERPRISE.id(form.uscc()), FRESH);

        assertThat(doc)
                .containsEntry(SearchFields.ENTERPRISE_NAME, "杭州余热发电水泥有限公司")
                .containsEntry(SearchFields.REGION_CHAIN, XIHU)
                .containsEntry(SearchFields.INDUSTRY_CODE, "C3011");
        assertThat(index.matchText(SearchFields.ENTERPRISE_NAME, "余热发电"))
                .contains(SearchFields.DocType.ENTERPRISE.id(form.uscc()));
    }

    @Test
    void a_rolled_back_change_leaves_nothing_in_the_outbox_or_the_index() {
        EnterpriseForm rolledBack = anEnterprise().inRegion("330106").build();
        transaction.executeWithoutResult(status -> {
            enterprises.insert(rolledBack, false);
            outbox.enterpriseChanged(rolledBack.uscc());
            status.setRollbackOnly();
        });
        EnterpriseForm committed = anEnterprise().inRegion("330106").build();
        CaseSteps.ok(admin.post("/api/v1/enterprises", committed));

        // the committed change is indexed, so the indexer has run past the rolled-back one
        index.awaitDoc(SearchFields.DocType.ENTERPRISE.id(committed.uscc()), FRESH);
        assertThat(index.doc(SearchFields.DocType.ENTERPRISE.id(rolledBack.uscc())))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM search_outbox WHERE entity_key = ?", Long.class, rolledBack.uscc()))
                .isZero();
    }

    @Test
    void an_inspected_case_is_indexed_with_its_findings_in_the_region_chain_and_gone_findings_are_deleted() {
        CaseSteps steps = inspectedCase();
        JsonNode finding = steps.detail().path("findings").get(0);
        String findingId = SearchFields.DocType.FINDING.id(finding.path("id").asLong());
        String status = steps.detail().path("status").asText();

        Map<String, Object> caseDoc = index.awaitDoc(
                SearchFields.DocType.CASE.id(steps.caseId), d -> status.equals(d.get(SearchFields.CASE_STATUS)), FRESH);
        Map<String, Object> findingDoc = index.awaitDoc(findingId, FRESH);

        assertThat(caseDoc)
                .containsEntry(SearchFields.REGION_CHAIN, XIHU)
                .containsEntry(SearchFields.ENTERPRISE_USCC, steps.world.enterpriseUscc())
                .containsEntry(SearchFields.CASE_TRIGGER, "MANUAL")
                .containsEntry(SearchFields.INSPECTION_TYPE, "ON_SITE");
        assertThat(findingDoc)
                .containsEntry(SearchFields.REGION_CHAIN, XIHU)
                .containsEntry(SearchFields.FINDING_KIND, "OVER_QUOTA")
                .containsEntry(SearchFields.RULE_STANDARD, "GB 16780")
                .containsEntry(SearchFields.RULE_EDITION, "2021")
                .containsEntry(SearchFields.CASE_NUMBER, caseDoc.get(SearchFields.CASE_NUMBER))
                .containsEntry(SearchFields.CASE_STATUS, status);
        assertThat(((Number) findingDoc.get(SearchFields.LIMIT_VALUE)).doubleValue())
                .isEqualTo(117.0);

        // a finding replaced in the database (as on re-inspection) disappears from the index
        jdbc.update(
                "INSERT INTO finding (case_id, finding_no, source, kind, description, law_article)"
                        + " VALUES (?, 99, 'MANUAL', 'OTHER', '临时发现：锅炉房无计量', '第二十七条')",
                steps.caseId);
        long extra = jdbc.queryForObject(
                "SELECT id FROM finding WHERE case_id = ? AND finding_no = 99", Long.class, steps.caseId);
        jdbc.update("INSERT INTO search_outbox (entity, entity_key) VALUES ('CASE', ?)", Long.toString(steps.caseId));
        index.awaitDoc(SearchFields.DocType.FINDING.id(extra), FRESH);
        jdbc.update("DELETE FROM finding WHERE id = ?", extra);
        jdbc.update("INSERT INTO search_outbox (entity, entity_key) VALUES ('CASE', ?)", Long.toString(steps.caseId));
        SearchProbe.await(
                "stale finding deleted", FRESH, () -> index.doc(SearchFields.DocType.FINDING.id(extra)) == null);
        assertThat(index.doc(findingId)).isNotNull();
    }

    @Test
    void the_text_of_an_uploaded_pdf_is_findable() throws Exception {
        CaseSteps steps = inspectedCase();
        long evidence = steps.upload(steps.enterprise, "余热电站验收报告.pdf", Pdfs.withText("余热电站已并网发电，熟料综合能耗降至一百零五千克标准煤每吨"));

        Map<String, Object> doc = index.awaitDoc(SearchFields.DocType.EVIDENCE.id(evidence), FRESH);

        assertThat(doc).containsEntry(SearchFields.TEXT_EXTRACTED, true).containsEntry(SearchFields.REGION_CHAIN, XIHU);
        assertThat(doc.get(SearchFields.TEXT).toString()).contains("余热电站已并网发电");
        assertThat(index.matchText(SearchFields.TEXT, "并网发电")).contains(SearchFields.DocType.EVIDENCE.id(evidence));
    }

    @Test
    void a_scanned_pdf_without_text_is_indexed_by_its_metadata() throws Exception {
        CaseSteps steps = inspectedCase();
        long evidence = steps.upload(steps.enterprise, "盖章扫描件.pdf", Pdfs.scanned());

        Map<String, Object> doc = index.awaitDoc(SearchFields.DocType.EVIDENCE.id(evidence), FRESH);

        assertThat(doc)
                .containsEntry(SearchFields.TEXT_EXTRACTED, false)
                .containsEntry(SearchFields.TITLE, "盖章扫描件.pdf")
                .containsEntry(SearchFields.CASE_ID, (int) steps.caseId)
                .doesNotContainKey(SearchFields.TEXT);
    }

    @Test
    void a_row_that_keeps_failing_is_parked_shown_to_the_administrator_and_can_be_retried() {
        jdbc.update("INSERT INTO search_outbox (entity, entity_key, attempts) VALUES ('PERMIT', 'x-1', 9)");
        long id = jdbc.queryForObject(
                "SELECT MAX(id) FROM search_outbox WHERE entity = 'PERMIT' AND entity_key = 'x-1'", Long.class);
        try {
            SearchProbe.await("row parked", FRESH, () -> parked(id) != null);
            JsonNode row = parked(id);
            assertThat(row.path("attempts").asInt()).isEqualTo(10);
            assertThat(row.path("lastError").asText()).contains("unknown entity PERMIT");
            assertThat(admin.get("/api/v1/admin/search/outbox")
                            .json()
                            .path("parked")
                            .asLong())
                    .isPositive();

            Api.Response retried = admin.post("/api/v1/admin/search/outbox/" + id + "/retry", Map.of());
            CaseSteps.ok(retried);
            assertThat(retried.json().path("parked").asBoolean()).isFalse();
            assertThat(admin.post("/api/v1/admin/search/outbox/999999999/retry", Map.of())
                            .status())
                    .isEqualTo(404);

            Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
            Api.Response refused = supervisor.get("/api/v1/admin/search/outbox");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(supervisor.post("/api/v1/admin/search/rebuild", Map.of()).status())
                    .isEqualTo(403);
        } finally {
            jdbc.update("DELETE FROM search_outbox WHERE id = ?", id);
        }
    }

    private JsonNode parked(long id) {
        for (JsonNode row : admin.get("/api/v1/admin/search/outbox").json().path("parkedRows")) {
            if (row.path("id").asLong() == id) {
                return row;
            }
        }
        return null;
    }

    private CaseSteps inspectedCase() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("MANUAL");
        steps.assignTeamAndServeNotice("2026-06-08", "2026-06-01");
        clock.set(Instant.parse("2026-06-08T09:00:00Z"));
        steps.signIn();
        CaseSteps.ok(steps.inspect(118, Instant.parse("2026-06-08T01:00:00Z"), Instant.parse("2026-06-08T06:00:00Z")));
        return steps;
    }
}
