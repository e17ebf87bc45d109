package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A rebuild while enterprises are registered and renamed ends with an index that matches the database. */
@IntegrationTest
class SearchRebuildTest {
    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_rebuild_while_writes_continue_ends_consistent() throws Exception {
        SearchProbe index = new SearchProbe(client);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("MANUAL");
        // enough rows that the rebuild takes a while, so the writer below runs while it does
        List<Object[]> findings = new java.util.ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            findings.add(new Object[] {steps.caseId, i, "合成发现" + i});
        }
        jdbc.batchUpdate(
                "INSERT INTO finding (case_id, finding_no, source, kind, description, law_article)"
                        + " VALUES (?, ?, 'MANUAL', 'OTHER', ?, '第二十七条')",
                findings);
        String before = aliasIndices().iterator().next();

        List<String> written = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                int n = 0;
                while (writing.get()) {
                    EnterpriseForm form = anEnterprise()
                            .inRegion("330106")
                            .named("重建中登记企业" + n++)
                            .build();
                    CaseSteps.ok(admin.post("/api/v1/enterprises", form));
                    written.add(form.uscc());
                    EnterpriseForm renamed = anEnterprise()
                            .withUscc(form.uscc())
                            .inRegion("330106")
                            .named("重建中更名企业" + n)
                            .version(0)
                            .build();
                    CaseSteps.ok(admin.put("/api/v1/enterprises/" + form.uscc(), renamed));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });

        Api.Response started = admin.post("/api/v1/admin/search/rebuild", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        int writtenAtStart = written.size();
        assertThat(started.headers().get("Location")).containsExactly("/api/v1/admin/search/rebuild/" + id);
        assertThat(admin.post("/api/v1/admin/search/rebuild", Map.of()).status())
                .as("one rebuild at a time")
                .isIn(202, 409);

        SearchProbe.await(
                "rebuild done",
                Duration.ofSeconds(120),
                () -> !progress(admin, id).path("state").asText().equals("RUNNING"));
        int writtenAtEnd = written.size();
        writing.set(false);
        writer.join();
        assertThat(writtenAtEnd).as("changes were made while the rebuild ran").isGreaterThan(writtenAtStart);
        assertThat(failure.get()).isNull();
        JsonNode done = progress(admin, id);
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("documentsDone").asLong()).isPositive();
        assertThat(done.path("finishedAt").isNull()).isFalse();
        assertThat(written).isNotEmpty();
        assertThat(aliasIndices())
                .containsExactly(done.path("targetIndex").asText())
                .doesNotContain(before);

        AtomicReference<JsonNode> report = new AtomicReference<>();
        SearchProbe.await("index consistent with the database", Duration.ofSeconds(30), () -> {
            report.set(admin.get("/api/v1/admin/search/consistency?sample=50").json());
            return !report.get().path("drift").asBoolean(true);
        });
        assertThat(report.get().path("mismatches")).isEmpty();
        assertThat(report.get().path("sampledDocuments").asInt()).isPositive();
        String last = written.getLast();
        assertThat(index.doc(SearchFields.DocType.ENTERPRISE.id(last)))
                .containsEntry(SearchFields.ENTERPRISE_NAME, "重建中更名企业" + written.size());
    }

    private java.util.Set<String> aliasIndices() throws java.io.IOException {
        return client.indices()
                .getAlias(g -> g.name(SearchFields.ALIAS))
                .aliases()
                .keySet();
    }

    private static JsonNode progress(Api admin, long id) {
        Api.Response response = admin.get("/api/v1/admin/search/rebuild/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
