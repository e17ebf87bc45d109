package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures of the indexer on this machine, printed, not asserted: bulk throughput from the outbox, freshness under
 * steady writes, query latency over a large index and the node's memory. Run with {@code -Dbench=true
 * -Dtest=SearchIndexingBenchmark}; {@code -Dbench.cases}, {@code -Dbench.findingsPerCase}, {@code -Dbench.queryDocs}
 * size it. Targets: ≥ 5,000 docs/s, freshness p95 < 2 s, query p95 < 100 ms.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench", matches = "true")
@IntegrationTest
class SearchIndexingBenchmark {
    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Test
    void indexing_throughput_freshness_and_query_latency() throws Exception {
        int cases = Integer.getInteger("bench.cases", 4_000);
        int findingsPerCase = Integer.getInteger("bench.findingsPerCase", 5);
        int queryDocs = Integer.getInteger("bench.queryDocs", 1_000_000);
        SearchProbe index = new SearchProbe(client);
        CaseWorld.World world = worlds.create("330106");
        List<Long> caseIds = insertCases(world, cases, findingsPerCase);

        // 1. throughput: every case (and its findings) named in the outbox at once, drained by the indexer
        long t0 = System.nanoTime();
        jdbc.batchUpdate(
                "INSERT INTO search_outbox (entity, entity_key) VALUES ('CASE', ?)",
                caseIds.stream().map(id -> new Object[] {Long.toString(id)}).toList());
        SearchProbe.await(
                "outbox drained",
                Duration.ofMinutes(10),
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE parked = FALSE", Long.class) == 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long docs = (long) cases * (1 + findingsPerCase);
        print(
                "throughput: %d docs (%d cases + %d findings) in %.1f s = %.0f docs/s (target ≥ 5000)",
                docs, cases, docs - cases, seconds, docs / seconds);

        // 2. freshness under steady writes: cases re-announced in the background, enterprises timed commit → visible
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        AtomicBoolean steady = new AtomicBoolean(true);
        Thread load = Thread.ofPlatform().start(() -> {
            while (steady.get()) {
                long id = caseIds.get(ThreadLocalRandom.current().nextInt(caseIds.size()));
                jdbc.update("INSERT INTO search_outbox (entity, entity_key) VALUES ('CASE', ?)", Long.toString(id));
                SearchProbe.sleep(20); // ~50 case changes (300 docs) per second
            }
        });
        long[] freshness = new long[100];
        for (int i = 0; i < freshness.length; i++) {
            EnterpriseForm form = anEnterprise().inRegion("330106").build();
            CaseSteps.ok(admin.post("/api/v1/enterprises", form)); // committed when the 201 arrives
            long committed = System.nanoTime();
            index.awaitDoc(SearchFields.DocType.ENTERPRISE.id(form.uscc()), Duration.ofSeconds(30));
            freshness[i] = (System.nanoTime() - committed) / 1_000_000;
        }
        steady.set(false);
        load.join();
        print(
                "freshness (commit → visible to GET by id), %d samples under ~50 case changes/s: p50 %d ms, p95 %d ms,"
                        + " max %d ms (target p95 < 2000 ms)",
                freshness.length, pct(freshness, 50), pct(freshness, 95), pct(freshness, 100));

        // 3. query latency with many finding documents (synthetic, bulk-loaded straight into the index)
        loadSynthetic(queryDocs);
        client.indices().refresh(r -> r.index(SearchFields.ALIAS));
        String[] words = {"余热", "锅炉", "电机", "能耗", "计量", "变压器", "淘汰"};
        String[] chains = {"330000", "330100", "330106", "330200"};
        long[] latency = new long[300];
        for (int i = 0; i < latency.length; i++) {
            String word = words[i % words.length];
            String chain = chains[i % chains.length];
            long q0 = System.nanoTime();
            client.search(
                    s -> s.index(SearchFields.ALIAS)
                            .size(20)
                            .query(q -> q.bool(b -> b.must(m -> m.match(
                                            t -> t.field(SearchFields.TEXT).query(word)))
                                    .filter(f -> f.term(t ->
                                            t.field(SearchFields.REGION_CHAIN).value(chain)))
                                    .filter(f -> f.term(
                                            t -> t.field(SearchFields.TYPE).value("FINDING")))))
                            .highlight(h -> h.fields(co.elastic.clients.util.NamedValue.of(
                                    SearchFields.TEXT,
                                    co.elastic.clients.elasticsearch.core.search.HighlightField.of(hf -> hf)))),
                    Void.class);
            latency[i] = (System.nanoTime() - q0) / 1_000_000;
        }
        long total = client.count(c -> c.index(SearchFields.ALIAS)).count();
        print(
                "query (match text + regionChain + type filters, highlight, top 20) over %d docs, %d queries: p50 %d ms,"
                        + " p95 %d ms, max %d ms (target p95 < 100 ms)",
                total, latency.length, pct(latency, 50), pct(latency, 95), pct(latency, 100));
        print("Elasticsearch node resident memory: %s", nodeRss());
    }

    private List<Long> insertCases(CaseWorld.World world, int cases, int findingsPerCase) {
        long templateId = jdbc.queryForObject("SELECT MIN(id) FROM checklist_template", Long.class);
        String tag = Long.toString(System.nanoTime(), 36);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            rows.add(new Object[] {
                "基准〔" + tag + "〕第" + i + "号",
                world.agencyId(),
                2090,
                i + 1,
                world.enterpriseUscc(),
                world.county(),
                templateId
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO inspection_case (case_number, agency_id, case_year, sequence_no, enterprise_uscc,"
                        + " region_code, case_trigger, inspection_type, status, template_id, opened_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'CAMPAIGN', 'ON_SITE', 'RECTIFYING', ?, 'bench')",
                rows);
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM inspection_case WHERE agency_id = ? AND case_year = 2090 ORDER BY id",
                Long.class,
                world.agencyId());
        List<Object[]> findings = new ArrayList<>();
        String[] texts = {"熟料单位产品综合能耗超过限额", "在用电机属于淘汰产品", "锅炉热效率低于能效限定值", "未按规定配备能源计量器具", "变压器空载损耗超标"};
        for (long id : ids) {
            for (int f = 1; f <= findingsPerCase; f++) {
                findings.add(new Object[] {id, f, texts[f % texts.length] + "（基准" + id + "-" + f + "）"});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO finding (case_id, finding_no, source, kind, description, standard, edition, law_article,"
                        + " measured_value, limit_value, unit) VALUES (?, ?, 'RULE', 'OVER_QUOTA', ?, 'GB 16780',"
                        + " '2021', '《中华人民共和国节约能源法》第十六条', 118, 117, 'kgce/t')",
                findings);
        return ids;
    }

    private void loadSynthetic(int count) throws Exception {
        String[] phrases = {
            "余热发电装置未投运", "锅炉排烟温度过高", "电机能效低于三级", "单位产品能耗超限额", "能源计量器具未检定", "变压器属于淘汰型号", "空压机系统泄漏严重", "照明系统未采用节能灯具"
        };
        String[][] regions = {
            {"330000", "330100", "330106"},
            {"330000", "330100", "330108"},
            {"330000", "330200", "330203"},
            {"330000", "330300", "330302"}
        };
        long t0 = System.nanoTime();
        int batch = 5_000;
        for (int from = 0; from < count; from += batch) {
            List<BulkOperation> ops = new ArrayList<>(batch);
            for (int i = from; i < Math.min(count, from + batch); i++) {
                String[] chain = regions[i % regions.length];
                Map<String, Object> doc = Map.of(
                        SearchFields.ID,
                        "FINDING:bench-" + i,
                        SearchFields.TYPE,
                        "FINDING",
                        SearchFields.REGION_CODE,
                        chain[2],
                        SearchFields.REGION_CHAIN,
                        Arrays.asList(chain),
                        SearchFields.CASE_ID,
                        10_000_000L + i / 5,
                        SearchFields.FINDING_KIND,
                        "OVER_QUOTA",
                        SearchFields.TITLE,
                        "基准案件 发现" + i,
                        SearchFields.TEXT,
                        phrases[i % phrases.length] + "，" + phrases[(i / 8) % phrases.length] + "，编号" + i);
                String id = "FINDING:bench-" + i;
                ops.add(BulkOperation.of(
                        b -> b.index(x -> x.index(SearchFields.ALIAS).id(id).document(doc))));
            }
            var response = client.bulk(b -> b.operations(ops));
            if (response.errors()) {
                throw new IllegalStateException(
                        "synthetic load refused: " + response.items().getFirst().error());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        print(
                "synthetic load: %d finding docs in %.0f s (%.0f docs/s, straight bulk)",
                count, seconds, count / seconds);
    }

    private static String nodeRss() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("EsServerMain"))
                .findFirst()
                .map(p -> {
                    try {
                        return Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                                .filter(l -> l.startsWith("VmRSS"))
                                .findFirst()
                                .orElse("unknown");
                    } catch (Exception e) {
                        return "unknown (" + e.getClass().getSimpleName() + ")";
                    }
                })
                .orElse("unknown (node process not found)");
    }

    private static long pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void print(String format, Object... args) {
        System.out.println("[search-bench] " + String.format(format, args));
    }
}
