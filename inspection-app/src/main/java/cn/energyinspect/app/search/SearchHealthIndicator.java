package cn.energyinspect.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code search} health component: UP while the cluster is green or yellow. It never holds {@code
 * /actuator/health} longer than {@code energyinspect.search.health-timeout}: the check runs on its own thread, a
 * caller waits that long for it and otherwise reports DOWN at once while the check finishes (or times out at the
 * client's read timeout) in the background; a result is reused for {@link #REUSE}. Search is no member of the
 * readiness group: a search outage degrades the app, it does not take it out of a load balancer.
 */
@Component("searchHealthIndicator")
class SearchHealthIndicator implements HealthIndicator, DisposableBean {
    /** A result this young is answered again without asking the cluster. */
    static final Duration REUSE = Duration.ofSeconds(2);

    private final ElasticsearchClient client;
    private final Duration wait;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Health> running;
    private Health last;
    private long lastAt;

    SearchHealthIndicator(ElasticsearchClient client, SearchProperties settings) {
        this.client = client;
        this.wait = settings.healthTimeout();
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check = check();
        try {
            return check.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "Elasticsearch did not answer within " + wait.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return down(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    /** The check in progress, a fresh enough result, or a new check; one at a time. */
    private synchronized CompletableFuture<Health> check() {
        if (running != null && !running.isDone()) {
            return running;
        }
        if (last != null && System.nanoTime() - lastAt < REUSE.toNanos()) {
            return CompletableFuture.completedFuture(last);
        }
        running = CompletableFuture.supplyAsync(this::ask, checks).whenComplete((health, failure) -> remember(health));
        return running;
    }

    private synchronized void remember(Health health) {
        last = health;
        lastAt = System.nanoTime();
    }

    private Health ask() {
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("3s")));
            Health.Builder status = health.status() == HealthStatus.Red ? Health.down() : Health.up();
            return status.withDetail("cluster", health.clusterName())
                    .withDetail("status", health.status().jsonValue())
                    .withDetail("nodes", health.numberOfNodes())
                    .build();
        } catch (Exception e) {
            return down(e);
        }
    }

    private static Health down(Throwable e) {
        return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
