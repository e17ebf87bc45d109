package cn.energyinspect.app.cluster;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.faults.ChildApp;
import cn.energyinspect.app.idempotency.IdempotencyKeys;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearchCluster;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small production-like cluster on one machine: a 3-node Elasticsearch (dev-services, 256 MB heap a node) and two
 * app nodes as child JVMs on the test context's database, both pointed at all three search nodes (the index gets a
 * replica). Four clients spread enterprise registrations (with Idempotency-Key) and searches over both app nodes;
 * in the middle of the run one app node is killed with SIGKILL and, later, one search node is stopped. Clients whose
 * node died resend to the surviving node. Every acknowledged registration is stored once and indexed once in the
 * cluster, the surviving node goes on registering, searches keep answering from the replica, and the consistency
 * check of the surviving node is clean. Timers due across the run (before the kill, around it and after it) are fired
 * by the two nodes' job executors, each exactly once, those of the killed node's share by the survivor.
 *
 * <p>The test context's own indexer is paused for the run (the outbox is shared: its rows must reach the cluster, not
 * the test context's search server) and the test's registrations are queued again for it at the end. The children's
 * job executors acquire only jobs of priority {@value #TIMER_PRIORITY} and above, which only this test's timers have:
 * on the shared database they must not fire other tests' timers.
 */
@IntegrationTest
class ClusterFailoverTest {
    private static final int REGISTRATIONS = 200;
    private static final int CLIENTS = 4;
    private static final int KILL_APP_AFTER = 60;
    private static final int STOP_SEARCH_NODE_AFTER = 110;
    private static final int TIMERS = 40;
    private static final long TIMER_PRIORITY = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    NamedParameterJdbcTemplate sql;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    ProcessEngine engine;

    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long phaseStart = System.nanoTime();

    @Test
    void two_app_nodes_on_three_search_nodes_lose_one_of_each_and_lose_no_acknowledged_write(@TempDir Path folder)
            throws Exception {
        String token = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000")).token();
        long tag = System.nanoTime();
        List<EnterpriseForm> forms = IntStream.range(0, REGISTRATIONS)
                .mapToObj(i -> anEnterprise()
                        .inRegion("330106")
                        .named("集群企业" + i + "号" + tag + "有限公司")
                        .build())
                .toList();
        List<String> usccs = forms.stream().map(EnterpriseForm::uscc).toList();

        SmartLifecycle indexer = testContextIndexer();
        await("the test context's outbox empty", Duration.ofSeconds(60), () -> outboxRows() == 0);
        indexer.stop();

        EmbeddedElasticsearchCluster cluster = null;
        ChildApp a = null;
        ChildApp b = null;
        Rest5Client rest = null;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            cluster = EmbeddedElasticsearchCluster.startShared(
                    ElasticsearchSettings.forTestCluster().withDataDir(folder.resolve("es")), 3);
            phase("search cluster of 3 started");
            String uris = cluster.httpUris().stream().map(URI::toString).collect(Collectors.joining(","));
            rest = Rest5Client.builder(cluster.httpUris().toArray(URI[]::new)).build();
            ElasticsearchClient search =
                    new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));

            a = ChildApp.start("app-a", folder, environment, clusterNode("app-a", uris));
            b = ChildApp.start("app-b", folder, environment, clusterNode("app-b", uris));
            a.awaitReady(Duration.ofSeconds(180));
            b.awaitReady(Duration.ofSeconds(180));
            phase("two app nodes ready");
            await(
                    "the children created the index on the cluster and filled it",
                    Duration.ofSeconds(120),
                    () -> aliasExists(search) && runningRebuilds() == 0);
            String index = search.indices()
                    .getAlias(g -> g.name(SearchFields.ALIAS))
                    .aliases()
                    .keySet()
                    .iterator()
                    .next();
            String replicas = search.indices()
                    .getSettings(g -> g.index(index))
                    .get(index)
                    .settings()
                    .index()
                    .numberOfReplicas();
            assertThat(replicas).as("the index on 3 data nodes has a replica").isEqualTo("1");
            assertThat(search.cluster()
                            .health(h -> h.index(index)
                                    .waitForStatus(HealthStatus.Green)
                                    .timeout(t -> t.time("60s")))
                            .status())
                    .isEqualTo(HealthStatus.Green);
            phase("index " + index + " created on the cluster, green");
            String timers = startTimers();
            phase(TIMERS + " timers started, due over the next " + (TIMERS + 1) + " s");

            Nodes nodes = new Nodes("http://127.0.0.1:" + a.port(), "http://127.0.0.1:" + b.port());
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger resent = new AtomicInteger();
            AtomicInteger searchesOk = new AtomicInteger();
            AtomicInteger searchesCutOff = new AtomicInteger();
            AtomicInteger searchesFailed = new AtomicInteger();
            AtomicInteger searchesAfterStop = new AtomicInteger();
            AtomicInteger acknowledgedBySurvivor = new AtomicInteger();
            Map<String, String> unexpected = new ConcurrentHashMap<>();
            List<Future<?>> running = new ArrayList<>();
            AtomicBoolean searchNodeStopped = new AtomicBoolean();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = client; i < forms.size(); i += CLIENTS) {
                        EnterpriseForm form = forms.get(i);
                        Answer answer = register(nodes, client % 2, token, form, resent);
                        if (answer.status() == 201) {
                            acknowledged.incrementAndGet();
                            if (nodes.aDead && answer.node() == 1) {
                                acknowledgedBySurvivor.incrementAndGet();
                            }
                        } else {
                            unexpected.put(form.uscc(), "answered " + answer.status());
                        }
                        int found = search(nodes, client % 2, token, "集群企业", searchesCutOff);
                        if (found >= 200 && found < 300) {
                            searchesOk.incrementAndGet();
                            if (searchNodeStopped.get()) {
                                searchesAfterStop.incrementAndGet();
                            }
                        } else {
                            searchesFailed.incrementAndGet();
                            unexpected.put("search#" + client + "#" + i, "answered " + found);
                        }
                    }
                }));
            }
            await(
                    KILL_APP_AFTER + " registrations acknowledged",
                    Duration.ofSeconds(120),
                    () -> acknowledged.get() >= KILL_APP_AFTER
                            || running.stream().allMatch(Future::isDone));
            phase("load on two app nodes until " + acknowledged.get() + " acknowledged");
            // kill while a registration is on its way through app-a, so the kill leaves it without an answer
            long gate = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (nodes.registeringOnA.get() == 0 && System.nanoTime() < gate) {
                Thread.onSpinWait();
            }
            int beforeKill = acknowledged.get();
            a.kill();
            nodes.aDead = true;
            phase("app-a killed with SIGKILL after " + beforeKill + " acknowledged");
            await(
                    STOP_SEARCH_NODE_AFTER + " registrations acknowledged",
                    Duration.ofSeconds(120),
                    () -> acknowledged.get() >= STOP_SEARCH_NODE_AFTER
                            || running.stream().allMatch(Future::isDone));
            int beforeStop = acknowledged.get();
            cluster.nodes().get(0).close();
            searchNodeStopped.set(true);
            phase("load on app-b until " + beforeStop + " acknowledged, then search node-1 stopped");
            for (Future<?> client : running) {
                client.get(180, TimeUnit.SECONDS);
            }
            phase("load finished on app-b with 2 search nodes");

            long stored = count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", usccs);
            long duplicated = count(
                    "SELECT COUNT(*) FROM (SELECT entity_id FROM audit_log WHERE entity = 'enterprise'"
                            + " AND action = 'ENTERPRISE_REGISTERED' AND entity_id IN (:keys)"
                            + " GROUP BY entity_id HAVING COUNT(*) > 1) twice",
                    usccs);
            long lost = usccs.stream()
                    .filter(uscc -> !unexpected.containsKey(uscc))
                    .filter(uscc -> count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", List.of(uscc)) != 1)
                    .count();
            await(
                    "every stored registration indexed in the cluster",
                    Duration.ofSeconds(120),
                    () -> count("SELECT COUNT(*) FROM search_outbox WHERE entity_key IN (:keys)", usccs) == 0
                            && indexed(search, usccs) == stored);
            long indexed = indexed(search, usccs);
            await(
                    "every timer fired",
                    Duration.ofSeconds(180),
                    () -> engine.getHistoryService()
                                    .createHistoricProcessInstanceQuery()
                                    .processDefinitionKey(timers)
                                    .finished()
                                    .count()
                            == TIMERS);
            List<HistoricJobLog> fired = engine.getHistoryService()
                    .createHistoricJobLogQuery()
                    .processDefinitionKey(timers)
                    .successLog()
                    .list();
            Map<String, Long> firedBy = fired.stream()
                    .collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new, Collectors.counting()));
            long firedOnce = fired.stream()
                    .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()))
                    .values()
                    .stream()
                    .filter(n -> n == 1)
                    .count();
            HttpResponse<String> consistency = HTTP.send(
                    request(nodes.url(1) + "/api/v1/admin/search/consistency?sample=40", token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            phase("indexed and checked");
            JsonNode report = JSON.readTree(consistency.body());
            boolean drift = report.path("drift").asBoolean(true);

            System.out.println("CLUSTER acknowledged=" + acknowledged.get() + " stored=" + stored + " duplicated="
                    + duplicated + " lost=" + lost + " searchesOk=" + searchesOk.get() + " searchesFailed="
                    + searchesFailed.get() + " searchesAfterSearchNodeStopped=" + searchesAfterStop.get()
                    + " indexed=" + indexed + " registrationsResent=" + resent.get() + " searchesAskedAgain="
                    + searchesCutOff.get() + " acknowledgedBySurvivorAfterKill="
                    + acknowledgedBySurvivor.get() + " consistencyDrift=" + drift + " clients=" + CLIENTS
                    + " timers=" + TIMERS + " timerExecutions=" + fired.size() + " timersFiredOnce=" + firedOnce
                    + " timersFiredBy=" + firedBy);
            System.out.println("CLUSTER phases " + phases);
            if (drift) {
                System.out.println("CLUSTER consistency report: " + consistency.body());
            }

            assertThat(unexpected)
                    .as("every registration acknowledged, every search answered")
                    .isEmpty();
            assertThat(acknowledged.get()).isEqualTo(REGISTRATIONS);
            assertThat(beforeKill).as("app-a was killed in the middle").isLessThan(REGISTRATIONS);
            assertThat(beforeStop)
                    .as("the search node was stopped in the middle")
                    .isLessThan(REGISTRATIONS);
            assertThat(acknowledgedBySurvivor.get()).as("app-b carried on").isPositive();
            assertThat(resent.get() + searchesCutOff.get())
                    .as("requests in flight on app-a were cut off by the kill and sent again to app-b")
                    .isPositive();
            assertThat(lost).isZero();
            assertThat(duplicated).isZero();
            assertThat(stored).isEqualTo(REGISTRATIONS);
            assertThat(indexed).isEqualTo(stored);
            assertThat(searchesFailed.get()).isZero();
            assertThat(searchesAfterStop.get())
                    .as("searches answered from the replica")
                    .isPositive();
            assertThat(consistency.statusCode()).as(consistency.body()).isEqualTo(200);
            assertThat(drift).as(consistency.body()).isFalse();
            assertThat(fired).as("each timer executed once, none twice").hasSize(TIMERS);
            assertThat(firedOnce).isEqualTo(TIMERS);
            assertThat(firedBy).as("the survivor fired timers").containsKey("app-b");
            assertThat(engine.getManagementService()
                            .createJobQuery()
                            .processDefinitionKey(timers)
                            .count())
                    .as("no timer left")
                    .isZero();
        } catch (AssertionError | Exception e) {
            System.out.println("CLUSTER phases " + phases);
            if (a != null) {
                System.out.println("--- app-a's output:\n" + a.tail(60));
            }
            if (b != null) {
                System.out.println("--- app-b's output:\n" + b.tail(60));
            }
            throw e;
        } finally {
            clients.shutdownNow();
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            if (rest != null) {
                rest.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            indexer.start();
            // the registrations went to the cluster's index: queue them for the test context's search server too
            List<String> stored = sql.queryForList(
                    "SELECT uscc FROM enterprise WHERE uscc IN (:keys)", Map.of("keys", usccs), String.class);
            transaction.executeWithoutResult(status -> stored.forEach(outbox::enterpriseChanged));
            await("the test context's outbox empty again", Duration.ofSeconds(90), () -> outboxRows() == 0);
        }
    }

    /**
     * A node of the cluster: on the search cluster, its job executor on for this test's timers only (priority {@value
     * #TIMER_PRIORITY} and above), named in the job log, polling often and taking over a dead node's locked job after
     * 10 s (the app's default lock is a minute).
     */
    private static Map<String, String> clusterNode(String name, String searchUris) {
        return Map.of(
                "energyinspect.search.uris", searchUris,
                "camunda.bpm.job-execution.enabled", "true",
                "camunda.bpm.job-execution.lock-time-in-millis", "10000",
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "2000",
                "camunda.bpm.generic-properties.properties.hostname", name,
                "camunda.bpm.generic-properties.properties.job-executor-acquire-by-priority", "true",
                "camunda.bpm.generic-properties.properties.job-executor-priority-range-min",
                        Long.toString(TIMER_PRIORITY));
    }

    /**
     * Deploys a process of one timer at priority {@value #TIMER_PRIORITY} and starts {@value #TIMERS} instances due 2,
     * 3, … s from now, so some fall due before app-a is killed, some while its locks run out and some after; returns the
     * process key.
     */
    private String startTimers() {
        String key = "cluster-timer-" + System.nanoTime();
        engine.getRepositoryService()
                .createDeployment()
                .name(key)
                .addModelInstance(
                        key + ".bpmn",
                        Bpmn.createExecutableProcess(key)
                                .camundaHistoryTimeToLive(1)
                                .camundaJobPriority(Long.toString(TIMER_PRIORITY))
                                .startEvent()
                                .intermediateCatchEvent("wait")
                                .timerWithDate("${due}")
                                .endEvent()
                                .done())
                .deploy();
        // due by the wall clock the children's engines go by (the test context's engine clock may be a test's)
        long now = System.currentTimeMillis();
        for (int i = 0; i < TIMERS; i++) {
            engine.getRuntimeService()
                    .startProcessInstanceByKey(key, Map.of("due", new java.util.Date(now + (2 + i) * 1000L)));
        }
        return key;
    }

    /** The app nodes: 0 is app-a (killed in the middle), 1 is app-b. */
    private static final class Nodes {
        private final String[] urls;
        /** Registrations sent to app-a and not answered yet: the kill waits for one, to cut it off. */
        final AtomicInteger registeringOnA = new AtomicInteger();

        volatile boolean aDead;

        Nodes(String a, String b) {
            this.urls = new String[] {a, b};
        }

        /** The client's own node, or the surviving one once its own died. */
        int pick(int home) {
            return home == 0 && aDead ? 1 : home;
        }

        String url(int node) {
            return urls[node];
        }
    }

    private record Answer(int status, int node) {}

    /**
     * Sends a registration to the client's node until an answer comes back: no answer or a 5xx is resent with the
     * same Idempotency-Key and body after a short pause, to the surviving node once the client's own died.
     */
    private static Answer register(Nodes nodes, int home, String token, EnterpriseForm form, AtomicInteger resent) {
        String body;
        try {
            body = JSON.writeValueAsString(form);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            if (attempt == 1) {
                resent.incrementAndGet();
            }
            int node = nodes.pick(home);
            if (node == 0) {
                nodes.registeringOnA.incrementAndGet();
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        request(nodes.url(node) + "/api/v1/enterprises", token)
                                .header("Content-Type", "application/json")
                                .header(IdempotencyKeys.HEADER, "register-" + form.uscc())
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return new Answer(response.statusCode(), node);
                }
            } catch (IOException noAnswer) {
                // the node died under the request: resend
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, node);
            } finally {
                if (node == 0) {
                    nodes.registeringOnA.decrementAndGet();
                }
            }
            ChildApp.sleep(250);
        }
        return new Answer(-1, -1);
    }

    /**
     * A search on the client's node; no answer from a node that died is asked again of the surviving one (as a load
     * balancer would), a 4xx/5xx from a live node is a failure.
     */
    private static int search(Nodes nodes, int home, String token, String query, AtomicInteger cutOff) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int node = nodes.pick(home);
            try {
                return HTTP.send(
                                request(
                                                nodes.url(node) + "/api/v1/search?q="
                                                        + URLEncoder.encode(query, StandardCharsets.UTF_8),
                                                token)
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException noAnswer) {
                cutOff.incrementAndGet();
                ChildApp.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token);
    }

    /** The test context's search indexer (a lifecycle bean of the search module, not public). */
    private SmartLifecycle testContextIndexer() {
        return context.getBeansOfType(SmartLifecycle.class).values().stream()
                .filter(bean -> bean.getClass().getName().contains("SearchIndexWorker"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no search indexer in the test context"));
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, TimeUnit.NANOSECONDS.toMillis(now - phaseStart));
        phaseStart = now;
        System.out.println("CLUSTER phase " + name + " in " + phases.get(name) + " ms");
    }

    private long outboxRows() {
        return sql.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM search_outbox", Long.class);
    }

    private long runningRebuilds() {
        return sql.getJdbcTemplate()
                .queryForObject("SELECT COUNT(*) FROM search_rebuild WHERE state = 'RUNNING'", Long.class);
    }

    private long count(String query, List<String> keys) {
        return sql.queryForObject(query, Map.of("keys", keys), Long.class);
    }

    private static boolean aliasExists(ElasticsearchClient search) {
        try {
            return search.indices().existsAlias(a -> a.name(SearchFields.ALIAS)).value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long indexed(ElasticsearchClient search, List<String> usccs) {
        List<FieldValue> ids = usccs.stream()
                .map(SearchFields.DocType.ENTERPRISE::id)
                .map(FieldValue::of)
                .toList();
        try {
            search.indices().refresh(r -> r.index(SearchFields.ALIAS));
            return search.count(c -> c.index(SearchFields.ALIAS)
                            .query(q -> q.terms(t -> t.field(SearchFields.ID).terms(v -> v.value(ids)))))
                    .count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            ChildApp.sleep(250);
        }
    }
}
