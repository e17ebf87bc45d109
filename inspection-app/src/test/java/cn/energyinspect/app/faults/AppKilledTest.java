package cn.energyinspect.app.faults;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.idempotency.IdempotencyKeys;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * kill -9 of the application while clients register enterprises: a node (a child JVM on the test context's database
 * and Elasticsearch) is killed with SIGKILL in the middle of 200 registrations from 4 concurrent clients; a new node
 * starts on the same database, and each client resends, with its Idempotency-Key, every request it got no answer for,
 * as a real client does. Every registration ends acknowledged exactly once: none lost (acknowledged but not stored),
 * none stored twice, none answered 409 for a code the client registered itself, and every one indexed once.
 */
@IntegrationTest
class AppKilledTest {
    private static final int REGISTRATIONS = 200;
    private static final int CLIENTS = 4;
    private static final int KILL_AFTER = 60;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    NamedParameterJdbcTemplate sql;

    @Autowired
    ElasticsearchClient search;

    @Test
    void registrations_survive_a_kill_9_of_the_app_acknowledged_once_stored_once_indexed_once(@TempDir Path folder)
            throws Exception {
        // tokens live in the database: one issued by the test context's node serves on every node
        String token = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000")).token();
        List<EnterpriseForm> forms = IntStream.range(0, REGISTRATIONS)
                .mapToObj(i -> anEnterprise()
                        .inRegion("330106")
                        .named("进程被杀企业" + i + "号" + System.nanoTime() + "有限公司")
                        .build())
                .toList();
        AtomicReference<String> node = new AtomicReference<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        AtomicInteger resends = new AtomicInteger();
        Map<String, String> unexpected = new ConcurrentHashMap<>();
        Map<String, Integer> answers = new ConcurrentHashMap<>();

        ChildApp first = ChildApp.start("first", folder, environment);
        ChildApp second = null;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            long firstReady = first.awaitReady(Duration.ofSeconds(150));
            node.set("http://127.0.0.1:" + first.port());
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = client; i < forms.size(); i += CLIENTS) {
                        EnterpriseForm form = forms.get(i);
                        int status = sendUntilAnswered(node, token, form, resent, resends);
                        answers.merge(form.uscc(), 1, Integer::sum);
                        if (status == 201) {
                            acknowledged.incrementAndGet();
                        } else {
                            unexpected.put(form.uscc(), "answered " + status);
                        }
                    }
                }));
            }
            SearchFrozenTest.await(
                    "the first node acknowledged " + KILL_AFTER + " registrations",
                    Duration.ofSeconds(60),
                    () -> acknowledged.get() >= KILL_AFTER || running.stream().allMatch(Future::isDone));
            int beforeKill = acknowledged.get();
            first.kill();
            System.out.println("FAULT-FIGURE app-kill: node " + first.pid() + " killed with SIGKILL after " + beforeKill
                    + " acknowledged registrations (it was ready after " + firstReady + " ms)");

            second = ChildApp.start("second", folder, environment);
            long secondReady = second.awaitReady(Duration.ofSeconds(150));
            node.set("http://127.0.0.1:" + second.port());
            System.out.println("FAULT-FIGURE app-kill: the new node was ready after " + secondReady + " ms");
            for (Future<?> client : running) {
                client.get(90, TimeUnit.SECONDS);
            }

            List<String> usccs = forms.stream().map(EnterpriseForm::uscc).toList();
            long stored = count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", usccs);
            long duplicated = count(
                    "SELECT COUNT(*) FROM (SELECT entity_id FROM audit_log WHERE entity = 'enterprise'"
                            + " AND action = 'ENTERPRISE_REGISTERED' AND entity_id IN (:keys)"
                            + " GROUP BY entity_id HAVING COUNT(*) > 1) twice",
                    usccs);
            long registered = count(
                    "SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE entity = 'enterprise'"
                            + " AND action = 'ENTERPRISE_REGISTERED' AND entity_id IN (:keys)",
                    usccs);
            long lost = usccs.stream()
                    .filter(uscc -> !unexpected.containsKey(uscc))
                    .filter(uscc -> count("SELECT COUNT(*) FROM enterprise WHERE uscc IN (:keys)", List.of(uscc)) != 1)
                    .count();
            SearchFrozenTest.await(
                    "every stored registration indexed",
                    Duration.ofSeconds(90),
                    () -> count("SELECT COUNT(*) FROM search_outbox WHERE entity_key IN (:keys)", usccs) == 0
                            && indexed(usccs) == stored);
            long indexed = indexed(usccs);
            System.out.println("FAULT app-kill acknowledged=" + acknowledged.get() + " stored=" + stored
                    + " duplicated=" + duplicated + " lost=" + lost + " resent=" + resent.get() + " resendAttempts="
                    + resends.get()
                    + " indexed=" + indexed + " acknowledgedBeforeKill=" + beforeKill + " clients=" + CLIENTS);

            assertThat(unexpected)
                    .as("every registration acknowledged, none refused")
                    .isEmpty();
            assertThat(answers).hasSize(REGISTRATIONS);
            assertThat(acknowledged.get()).isEqualTo(REGISTRATIONS);
            assertThat(beforeKill)
                    .as("the node was killed in the middle of the run")
                    .isLessThan(REGISTRATIONS);
            assertThat(resent.get()).as("requests were left without an answer").isPositive();
            assertThat(lost).isZero();
            assertThat(duplicated).isZero();
            assertThat(stored).isEqualTo(REGISTRATIONS);
            assertThat(registered).as("one registration audited per enterprise").isEqualTo(REGISTRATIONS);
            assertThat(indexed).isEqualTo(REGISTRATIONS);
        } catch (AssertionError | Exception e) {
            System.out.println("--- first node's output:\n" + first.tail(60));
            if (second != null) {
                System.out.println("--- second node's output:\n" + second.tail(60));
            }
            throw e;
        } finally {
            clients.shutdownNow();
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    /**
     * Sends a registration until an answer comes back: no answer (connection refused or reset, timeout) or a 5xx is
     * resent with the same Idempotency-Key and body after a short pause, as a real client does. {@code resent} counts
     * the requests sent more than once, {@code resends} every repeated send (while no node is up they repeat).
     */
    private static int sendUntilAnswered(
            AtomicReference<String> node,
            String token,
            EnterpriseForm form,
            AtomicInteger resent,
            AtomicInteger resends) {
        String body;
        try {
            body = JSON.writeValueAsString(form);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int attempt = 0;
        while (System.nanoTime() < deadline) {
            if (attempt == 1) {
                resent.incrementAndGet();
            }
            if (attempt > 0) {
                resends.incrementAndGet();
            }
            attempt++;
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(node.get() + "/api/v1/enterprises"))
                                .timeout(Duration.ofSeconds(20))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json, application/problem+json")
                                .header("Authorization", "Bearer " + token)
                                .header(IdempotencyKeys.HEADER, "register-" + form.uscc())
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return response.statusCode();
                }
            } catch (IOException noAnswer) {
                // the node died under the request, or is not up yet: resend
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            ChildApp.sleep(250);
        }
        return -1;
    }

    private long count(String query, List<String> keys) {
        return sql.queryForObject(query, Map.of("keys", keys), Long.class);
    }

    private long indexed(List<String> usccs) {
        List<FieldValue> ids = usccs.stream()
                .map(SearchFields.DocType.ENTERPRISE::id)
                .map(FieldValue::of)
                .toList();
        try {
            search.indices().refresh(r -> r.index(SearchFields.ALIAS));
            return search.count(c -> c.index(SearchFields.ALIAS)
                            .query(q -> q.terms(t -> t.field(SearchFields.ID).terms(v -> v.value(ids)))))
                    .count();
        } catch (IOException e) {
            return -1;
        }
    }
}
