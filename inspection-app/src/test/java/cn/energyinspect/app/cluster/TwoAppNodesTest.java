package cn.energyinspect.app.cluster;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.energyinspect.app.EnergyInspectApplication;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes on one database and one Elasticsearch, as behind a load balancer: node A is the tests' shared
 * context, node B a second application context started in the same JVM on its own port with the same settings,
 * pointed at A's database and search servers. A browser session signed in on one node is the session on the other
 * (Spring Session JDBC), the search outbox, worked by both nodes' indexers, ships every row once, and the job
 * executors of both nodes (started for that test only: the tests' configuration fires timers by hand) fire each timer
 * once.
 */
@IntegrationTest
class TwoAppNodesTest {
    private static final String NODE_B_HOST = "node-b";
    private static final int NODE_A_BATCH = 500;
    private static final int NODE_B_BATCH = 300;
    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    Environment environment;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EnterpriseMapper enterprises;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    ElasticsearchClient search;

    @Autowired
    ProcessEngine engine;

    int portB;

    @BeforeEach
    void startNodeB() {
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(EnergyInspectApplication.class)
                    .profiles("test")
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                            "--spring.datasource.username="
                                    + environment.getRequiredProperty("spring.datasource.username"),
                            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                            "--energyinspect.search.uris="
                                    + environment.getRequiredProperty("energyinspect.search.uris"),
                            // its own engine name in the JVM's engine registry (node A's is "default")
                            "--camunda.bpm.process-engine-name=nodeB",
                            // batches of 300 (node A's are 500), so the documents of a batch tell which node sent them
                            "--energyinspect.search.indexing.batch-size=" + NODE_B_BATCH,
                            // the name node B's job executor writes in the job log (node A's is the machine's)
                            "--camunda.bpm.generic-properties.properties.hostname=" + NODE_B_HOST);
        }
        portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void a_session_signed_in_on_one_node_reads_and_changes_on_the_other_and_a_sign_out_there_ends_it_on_both() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        Browser browser = new Browser();
        browser.get(portA, "/login");

        HttpResponse<String> login =
                browser.post(portA, "/api/v1/auth/session", """
                {"username": "%s", "password": "%s"}""".formatted(supervisor, TestFixtures.PASSWORD));

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String session = browser.cookies.get("JSESSIONID");
        assertThat(session).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class, supervisor))
                .as("the session is kept in the database")
                .isEqualTo(1);

        HttpResponse<String> me = browser.get(portB, "/api/v1/auth/me");
        assertThat(me.statusCode()).as("node B knows node A's session").isEqualTo(200);
        assertThat(me.body()).contains("\"" + supervisor + "\"");

        HttpResponse<String> forged = browser.postWithoutCsrfToken(portB, "/api/v1/notifications/read-all");
        assertThat(forged.statusCode())
                .as("node B refuses a change without the CSRF token")
                .isEqualTo(403);
        HttpResponse<String> change = browser.post(portB, "/api/v1/notifications/read-all", "{}");
        assertThat(change.statusCode())
                .as("node B takes a change with the session's CSRF token: " + change.body())
                .isBetween(200, 299);

        HttpResponse<String> logout = browser.post(portB, "/api/v1/auth/logout", "{}");
        assertThat(logout.statusCode()).as(logout.body()).isBetween(200, 299);

        Browser oldCookie = new Browser();
        oldCookie.cookies.put("JSESSIONID", session);
        assertThat(oldCookie.get(portA, "/api/v1/auth/me").statusCode())
                .as("node A refuses the session signed out on node B")
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Long.class, supervisor))
                .isZero();
    }

    @Test
    void the_outbox_worked_by_both_nodes_ships_every_row_once() throws IOException {
        awaitCondition("outbox empty before", Duration.ofSeconds(60), () -> outboxRows() == 0);
        // 1000 = 500 + 300 + 200: a batch of 500 can only be node A's, one of 300 only node B's
        int count = 1000;
        List<String> usccs = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                EnterpriseForm form = anEnterprise().inRegion("330106").build();
                enterprises.insert(form, false);
                usccs.add(form.uscc());
            }
        });
        long indexedBefore = indexTotal();
        ListAppender<ILoggingEvent> workerLog = new ListAppender<>();
        Logger worker = (Logger) LoggerFactory.getLogger("cn.energyinspect.app.search.indexing.SearchIndexWorker");
        workerLog.start();
        worker.addAppender(workerLog);

        // one commit: both nodes' indexers find all the rows due at once
        transaction.executeWithoutResult(status -> usccs.forEach(outbox::enterpriseChanged));

        try {
            awaitCondition("outbox drained", Duration.ofSeconds(120), () -> outboxRows() == 0);
        } finally {
            worker.detachAppender(workerLog);
        }
        search.indices().refresh(r -> r.index(SearchFields.ALIAS));
        List<String> ids =
                usccs.stream().map(SearchFields.DocType.ENTERPRISE::id).toList();
        List<Hit<Map>> hits = search.search(
                        s -> s.index(SearchFields.ALIAS)
                                .size(count)
                                .version(true)
                                .query(q -> q.ids(i -> i.values(ids))),
                        Map.class)
                .hits()
                .hits();
        assertThat(hits).hasSize(count);
        long written = indexTotal() - indexedBefore;
        Map<Long, Long> docsPerBatch = hits.stream()
                .map(Hit::version)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        List<String> errorsLogged = workerLog.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("S-SEARCH-DOWN") || m.startsWith("S-SEARCH-INDEX-ERROR"))
                .map(m -> m.lines().findFirst().orElse(m))
                .toList();
        System.out.println("two app nodes: " + count + " outbox rows, " + written + " index writes, "
                + docsPerBatch.size() + " batches in the final documents (documents per batch: "
                + docsPerBatch.values() + "), errors logged " + errorsLogged);
        assertThat(docsPerBatch.values().stream().mapToLong(Long::longValue).sum())
                .as("every row's document once")
                .isEqualTo(count);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE parked = TRUE", Long.class))
                .isZero();
        // Each batch holds its rows alone (SKIP LOCKED) and deletes them one by one by key, so the two nodes never wait
        // on each other's rows; a batch rolled back after its bulk had reached the cluster (a deadlock on a listed
        // delete, a bulk timing out on the client's side of a fresh connection) would show as more writes than rows.
        assertThat(errorsLogged).as("no batch failed").isEmpty();
        assertThat(written)
                .as("every row shipped once: no row lost, none sent twice")
                .isEqualTo(count);
        assertThat(docsPerBatch.values())
                .as("both nodes claimed rows, each its own")
                .contains((long) NODE_A_BATCH, (long) NODE_B_BATCH);
    }

    @Test
    void the_job_executors_of_both_nodes_fire_each_timer_once() {
        String key = "two-nodes-timer-" + System.nanoTime();
        ProcessEngine engineA = engine;
        ProcessEngine engineB = nodeB.getBean(ProcessEngine.class);
        engineA.getRepositoryService()
                .createDeployment()
                .name(key)
                .addModelInstance(
                        key + ".bpmn",
                        Bpmn.createExecutableProcess(key)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .intermediateCatchEvent("wait")
                                .timerWithDuration("PT1S")
                                .endEvent()
                                .done())
                .deploy();
        int count = 30;
        for (int i = 0; i < count; i++) {
            engineA.getRuntimeService().startProcessInstanceByKey(key);
        }
        JobExecutor executorA = jobExecutor(engineA);
        JobExecutor executorB = jobExecutor(engineB);
        executorA.start();
        executorB.start();
        try {
            awaitCondition(
                    "every timer fired",
                    Duration.ofSeconds(120),
                    () -> engineA.getHistoryService()
                                    .createHistoricProcessInstanceQuery()
                                    .processDefinitionKey(key)
                                    .finished()
                                    .count()
                            == count);
        } finally {
            executorA.shutdown();
            executorB.shutdown();
        }
        List<HistoricJobLog> fired = engineA.getHistoryService()
                .createHistoricJobLogQuery()
                .processDefinitionKey(key)
                .successLog()
                .list();
        Map<String, Long> byNode =
                fired.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
        System.out.println("two app nodes: " + count + " timers, " + fired.size() + " executions, by node " + byNode);
        assertThat(fired).as("each timer executed once").hasSize(count);
        assertThat(fired.stream().map(HistoricJobLog::getJobId).distinct()).hasSize(count);
        assertThat(engineA.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .activityId("wait")
                        .processDefinitionId(fired.get(0).getProcessDefinitionId())
                        .finished()
                        .count())
                .isEqualTo(count);
        assertThat(engineA.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
        assertThat(byNode)
                .as("both nodes' executors took timers")
                .containsKey(NODE_B_HOST)
                .hasSize(2);
    }

    private static JobExecutor jobExecutor(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private long outboxRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox WHERE parked = FALSE", Long.class);
    }

    private long indexTotal() throws IOException {
        return search.indices()
                .stats(s -> s.index(SearchFields.ALIAS)
                        .metric(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Indexing))
                .all()
                .primaries()
                .indexing()
                .indexTotal();
    }

    private static void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** One browser that talks to either node: it keeps its cookies itself and sends the CSRF token on changes. */
    private static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        private final HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> get(int port, String path) {
            return send(request(port, path).GET());
        }

        HttpResponse<String> post(int port, String path, String json) {
            return send(request(port, path)
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> postWithoutCsrfToken(int port, String path) {
            return send(request(port, path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
        }

        private HttpRequest.Builder request(int port, String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "application/json");
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String header : response.headers().allValues("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty()
                            || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
                return response;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
