package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The indexer's own thread: first makes sure the alias exists (creating and filling the first index if not), then
 * runs outbox batches back to back while rows are due and every {@code poll-delay} otherwise. Start-up only starts the
 * thread, so neither Camunda's job executor nor the web server waits for Elasticsearch; while it is unreachable the
 * thread backs off and logs the outage once ({@code S-SEARCH-DOWN} … {@code S-SEARCH-UP}).
 */
@Component
class SearchIndexWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexWorker.class);
    private static final Duration FIRST_OUTAGE_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_OUTAGE_PAUSE = Duration.ofSeconds(5);

    private final ElasticsearchClient client;
    private final OutboxIndexer indexer;
    private final Rebuilds rebuilds;
    private final IndexingProperties settings;
    private volatile Thread thread;
    private volatile boolean aliasReady;
    private volatile boolean down;
    private Duration outagePause = FIRST_OUTAGE_PAUSE;

    SearchIndexWorker(
            ElasticsearchClient client, OutboxIndexer indexer, Rebuilds rebuilds, IndexingProperties settings) {
        this.client = client;
        this.indexer = indexer;
        this.rebuilds = rebuilds;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (thread != null || !settings.enabled()) {
            return;
        }
        // a (re)start checks the alias again: created, replicas, mapping, filled
        aliasReady = false;
        // assign before starting: run() loops while `thread` is its own thread, and a thread started first could
        // look before the assignment, see null and end at once — leaving the outbox unshipped
        thread = Thread.ofPlatform().name("search-indexer").daemon().unstarted(this::run);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** True once the alias exists; until then rows wait in the outbox. */
    boolean aliasReady() {
        return aliasReady;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                Duration pause = step();
                up();
                pause(pause);
            } catch (SearchUnavailableException e) {
                outage(e);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                // a database hiccup or a bug: the batch's transaction rolled back, nothing is lost
                log.error("S-SEARCH-INDEX-ERROR {}", e.toString(), e);
                pause(MAX_OUTAGE_PAUSE);
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    private Duration step() {
        if (!aliasReady) {
            aliasReady = ensureAlias();
            if (!aliasReady) {
                return MAX_OUTAGE_PAUSE;
            }
        }
        OutboxIndexer.BatchResult result = indexer.runOnce();
        // a full batch means more rows are probably due: go on at once
        return result.rows() >= settings.batchSize() ? Duration.ZERO : settings.pollDelay();
    }

    private boolean ensureAlias() {
        boolean exists = BulkWriter.call(() ->
                client.indices().existsAlias(a -> a.name(SearchFields.ALIAS)).value());
        if (exists) {
            rebuilds.adjustReplicas();
            rebuilds.upgradeMapping();
            rebuilds.fillUnfinished();
            return true;
        }
        return rebuilds.startInitial();
    }

    private void outage(SearchUnavailableException e) {
        if (!down) {
            down = true;
            log.warn("S-SEARCH-DOWN indexing paused, outbox rows wait: {}", e.getMessage());
        }
        pause(outagePause);
        outagePause = outagePause.multipliedBy(2).compareTo(MAX_OUTAGE_PAUSE) > 0
                ? MAX_OUTAGE_PAUSE
                : outagePause.multipliedBy(2);
    }

    private void up() {
        if (down) {
            down = false;
            log.info("S-SEARCH-UP indexing resumed");
        }
        outagePause = FIRST_OUTAGE_PAUSE;
    }

    private static void pause(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
