package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchClientConfig;
import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchProperties;
import cn.energyinspect.app.search.indexing.Sources.DbCounts;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Fills a physical index from the database, in the background. A FULL rebuild creates a new index, registers it (from
 * then on every indexer also writes each change there), fills it, switches the alias to it in one atomic alias update,
 * and deletes the old index; searches use the old index until the switch. Writes carry the database clock as external
 * version (see {@link BulkWriter}), so a document the rebuild read before a change never replaces the document the
 * indexer wrote after it. An INITIAL rebuild fills the alias's first index in place.
 */
@Component
class Rebuilds implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    static final String INITIAL = "INITIAL";
    static final String FULL = "FULL";
    private static final DateTimeFormatter SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    /** A RUNNING rebuild without progress for this long is taken as dead (its node stopped). */
    private static final long STALE_SECONDS = 600;

    private final ElasticsearchClient client;
    private final RebuildMapper rebuilds;
    private final SourceMapper sources;
    private final OutboxMapper outbox;
    private final DocumentAssembler assembler;
    private final BulkWriter writer;
    private final IndexingProperties settings;
    private final SearchProperties search;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    Rebuilds(
            SearchClientConfig.SearchWriteClient writes,
            RebuildMapper rebuilds,
            SourceMapper sources,
            OutboxMapper outbox,
            DocumentAssembler assembler,
            BulkWriter writer,
            IndexingProperties settings,
            SearchProperties search) {
        this.client = writes.client();
        this.rebuilds = rebuilds;
        this.sources = sources;
        this.outbox = outbox;
        this.assembler = assembler;
        this.writer = writer;
        this.settings = settings;
        this.search = search;
    }

    /** Starts a full rebuild in the background; 409 when one is running already. */
    RebuildRow startFull(String requestedBy) {
        long id = register(FULL, requestedBy)
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "已有索引重建任务正在运行，请等待其完成"));
        background.submit(() -> runFull(id));
        return rebuilds.find(id).orElseThrow();
    }

    /**
     * Creates the first index with the alias on it and fills it in the background. False when another node is doing
     * it (or a rebuild is running): the caller checks the alias again later.
     */
    boolean startInitial() {
        Optional<Long> id = register(INITIAL, "system");
        if (id.isEmpty()) {
            return false;
        }
        RebuildRow row = rebuilds.find(id.get()).orElseThrow();
        try {
            createIndex(row.targetIndex(), true);
        } catch (RuntimeException e) {
            if (!aliasIndicesOrEmpty().contains(row.targetIndex())) {
                rebuilds.finish(row.id(), "FAILED", describe(e));
                throw e;
            }
            // no answer in time, but the cluster created it: fill it as if the answer had come
            log.warn("S-SEARCH-INDEX-CREATED-LATE index={} error={}", row.targetIndex(), describe(e));
        }
        rebuilds.indexReady(row.id());
        log.info("S-SEARCH-INDEX-CREATED index={} alias={}", row.targetIndex(), SearchFields.ALIAS);
        background.submit(() -> runInitial(row.id(), row.targetIndex()));
        return true;
    }

    /**
     * Fills the alias's index again in the background when the rebuild that wrote into it last did not finish: its
     * creation went through after our side gave up waiting (so the next round found the alias and went on), or its
     * initial fill failed. Without this the index would hold only what the outbox fed it since. Returns the indices
     * being filled; none when every alias index was filled or a rebuild is running.
     */
    List<String> fillUnfinished() {
        List<String> filling = new java.util.ArrayList<>();
        for (String index : aliasIndices()) {
            Optional<RebuildRow> last = rebuilds.newestInto(index);
            if (last.isEmpty() || !"FAILED".equals(last.get().state())) {
                continue;
            }
            Optional<Long> id = register(INITIAL, "system", index);
            if (id.isEmpty()) {
                return filling;
            }
            rebuilds.indexReady(id.get());
            log.warn(
                    "S-SEARCH-INDEX-REFILL index={} after rebuild id={} {}: {}",
                    index,
                    last.get().id(),
                    last.get().state(),
                    last.get().error());
            background.submit(() -> runInitial(id.get(), index));
            filling.add(index);
        }
        return filling;
    }

    Optional<RebuildRow> find(long id) {
        return rebuilds.find(id);
    }

    private Optional<Long> register(String kind, String requestedBy) {
        return register(kind, requestedBy, SearchFields.ALIAS + "-" + SUFFIX.format(Instant.now()));
    }

    private Optional<Long> register(String kind, String requestedBy, String targetIndex) {
        rebuilds.abandonStale(STALE_SECONDS);
        var insert = new RebuildMapper.RebuildInsert(kind, targetIndex, requestedBy);
        try {
            rebuilds.insert(insert);
        } catch (DuplicateKeyException running) {
            return Optional.empty();
        }
        return Optional.of(insert.id);
    }

    private void runInitial(long id, String index) {
        try {
            long documents = fill(id, index);
            rebuilds.finish(id, "DONE", null);
            log.info("S-SEARCH-INDEX-FILLED index={} documents={}", index, documents);
        } catch (RuntimeException e) {
            // the alias stays on the index: the outbox keeps feeding it; an administrator can rebuild
            rebuilds.finish(id, "FAILED", describe(e));
            log.error("S-SEARCH-INDEX-FILL-FAILED index={} error={}", index, describe(e), e);
        }
    }

    private void runFull(long id) {
        String index = rebuilds.find(id).orElseThrow().targetIndex();
        log.info("S-SEARCH-REBUILD-STARTED id={} index={}", id, index);
        try {
            removeOrphans();
            createIndex(index, false);
            rebuilds.indexReady(id);
            long documents = fill(id, index);
            Set<String> old = aliasIndices();
            BulkWriter.call(() -> client.indices().refresh(r -> r.index(index)));
            // atomic: searches see the old index or the new one, never none
            BulkWriter.call(() -> client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(SearchFields.ALIAS))));
                return u.actions(a -> a.add(r -> r.index(index).alias(SearchFields.ALIAS)));
            }));
            // only now stop the double writes: until the switch, changes must reach the new index directly
            rebuilds.finish(id, "DONE", null);
            for (String o : old) {
                deleteIndex(o);
            }
            log.info("S-SEARCH-REBUILD-DONE id={} index={} documents={} replaced={}", id, index, documents, old);
        } catch (RuntimeException e) {
            rebuilds.finish(id, "FAILED", describe(e));
            log.error("S-SEARCH-REBUILD-FAILED id={} index={} error={}", id, index, describe(e), e);
            if (!aliasIndicesOrEmpty().contains(index)) {
                deleteIndex(index);
            }
        }
    }

    /** Writes every enterprise and case of the database into {@code index}; returns the documents written. */
    private long fill(long id, String index) {
        DbCounts counts = sources.counts();
        long total = counts.enterprises()
                + counts.cases()
                + counts.findings()
                + counts.documents()
                + counts.evidence()
                + counts.answers()
                + counts.statements()
                + counts.reviews();
        AtomicLong done = new AtomicLong();
        List<Target> target = List.of(Target.index(index));
        String afterUscc = "";
        while (true) {
            List<String> page = sources.enterprisePage(afterUscc, settings.batchSize());
            if (page.isEmpty()) {
                break;
            }
            long version = outbox.clockMicros(); // before the rows are read
            var docs = assembler
                    .assemble(page, List.of(), Instant.now())
                    .enterprises()
                    .values();
            check(withRetries(id, () -> writer.write(target, docs, List.of(), List.of(), version)));
            rebuilds.progress(id, done.addAndGet(docs.size()), total);
            afterUscc = page.getLast();
        }
        long afterCase = 0;
        while (true) {
            List<Long> page = sources.casePage(afterCase, settings.rebuildChunk());
            if (page.isEmpty()) {
                break;
            }
            long version = outbox.clockMicros();
            var docs = assembler.assemble(List.of(), page, Instant.now()).cases().values().stream()
                    .flatMap(List::stream)
                    .toList();
            check(withRetries(id, () -> writer.write(target, docs, List.of(), List.of(), version)));
            rebuilds.progress(id, done.addAndGet(docs.size()), Math.max(total, done.get()));
            afterCase = page.getLast();
        }
        long afterApproval = 0;
        while (true) {
            List<Long> page = assembler.approvalIndexing().page(afterApproval, settings.rebuildChunk());
            if (page.isEmpty()) {
                break;
            }
            long version = outbox.clockMicros();
            var docs = assembler.approvals(page, Instant.now()).values().stream()
                    .flatMap(List::stream)
                    .toList();
            check(writer.write(target, docs, List.of(), List.of(), version));
            rebuilds.progress(id, done.addAndGet(docs.size()), Math.max(total, done.get()));
            afterApproval = page.getLast();
        }
        return done.get();
    }

    /**
     * Sends one batch, again after a wait doubling from {@code first-retry-delay} while Elasticsearch does not answer
     * (a slow or restarting node), up to {@code max-attempts}: a rebuild of hours is not lost to one timeout. A batch
     * is safe to resend: every document carries its version, so the second write of the same one changes nothing.
     */
    private BulkWriter.Outcome withRetries(long id, java.util.function.Supplier<BulkWriter.Outcome> batch) {
        for (int attempt = 0; ; attempt++) {
            try {
                return batch.get();
            } catch (SearchUnavailableException e) {
                if (attempt + 1 >= settings.maxAttempts()) {
                    throw e;
                }
                java.time.Duration wait = settings.retryDelay(attempt);
                log.warn(
                        "S-SEARCH-REBUILD-RETRY id={} attempt={} wait={}ms error={}",
                        id,
                        attempt + 1,
                        wait.toMillis(),
                        describe(e));
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void check(BulkWriter.Outcome outcome) {
        if (!outcome.failures().isEmpty()) {
            Map.Entry<String, String> first =
                    outcome.failures().entrySet().iterator().next();
            throw new IllegalStateException(
                    outcome.failures().size() + " documents refused, e.g. " + first.getKey() + ": " + first.getValue());
        }
    }

    void createIndex(String index, boolean withAlias) {
        int replicas = IndexCreation.replicas(client, search);
        String body = IndexCreation.body(replicas);
        BulkWriter.call(() -> client.indices().create(c -> {
            c.index(index).withJson(new StringReader(body));
            if (withAlias) {
                // the write index explicitly: a creation that timed out on our side but went through on the cluster
                // makes the retry fail, instead of putting a second index under the alias (which then has no write
                // index, and every outbox batch fails)
                c.aliases(SearchFields.ALIAS, a -> a.isWriteIndex(true));
            }
            return c;
        }));
        log.info("S-SEARCH-INDEX-SETTINGS index={} replicas={}", index, replicas);
    }

    /**
     * Gives the live indices the replicas the cluster now calls for (a single node grown into a cluster, or the
     * configured count changed): {@code number_of_replicas} can change on a live index. Returns whether it changed.
     */
    boolean adjustReplicas() {
        int wanted = IndexCreation.replicas(client, search);
        Map<String, String> live = BulkWriter.call(() -> {
            Map<String, String> replicas = new java.util.LinkedHashMap<>();
            client.indices()
                    .getSettings(g -> g.index(SearchFields.ALIAS))
                    .settings()
                    .forEach((name, state) -> replicas.put(
                            name,
                            state.settings() == null || state.settings().index() == null
                                    ? null
                                    : state.settings().index().numberOfReplicas()));
            return replicas;
        });
        boolean changed = false;
        for (Map.Entry<String, String> index : live.entrySet()) {
            if (!Integer.toString(wanted).equals(index.getValue())) {
                BulkWriter.call(() -> client.indices()
                        .putSettings(p ->
                                p.index(index.getKey()).settings(t -> t.numberOfReplicas(Integer.toString(wanted)))));
                log.info(
                        "S-SEARCH-INDEX-REPLICAS index={} replicas={} (was {})",
                        index.getKey(),
                        wanted,
                        index.getValue());
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Brings a live index of an older mapping up to date: the new fields are added to it (adding is always allowed;
     * a document without a new field is treated as not having it — e.g. hidden from enterprises), then a full rebuild
     * fills them in the background. Returns whether a rebuild was started.
     */
    boolean upgradeMapping() {
        int live = BulkWriter.call(
                () -> client.indices().getMapping(g -> g.index(SearchFields.ALIAS)).mappings().values().stream()
                        .map(m -> m.mappings().meta().get("mappingVersion"))
                        .mapToInt(v -> v == null ? 1 : v.to(Integer.class))
                        .min()
                        .orElse(SearchFields.MAPPING_VERSION));
        if (live >= SearchFields.MAPPING_VERSION) {
            return false;
        }
        BulkWriter.call(() -> {
            try (InputStream mapping = Rebuilds.class.getResourceAsStream(SearchFields.MAPPING_RESOURCE)) {
                com.fasterxml.jackson.databind.JsonNode mappings = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(mapping)
                        .path("mappings");
                return client.indices()
                        .putMapping(p ->
                                p.index(SearchFields.ALIAS).withJson(new java.io.StringReader(mappings.toString())));
            }
        });
        log.info("S-SEARCH-MAPPING-UPGRADED from={} to={}: rebuilding", live, SearchFields.MAPPING_VERSION);
        try {
            startFull("system");
            return true;
        } catch (Refusal running) {
            return false;
        }
    }

    Set<String> aliasIndices() {
        return BulkWriter.call(() -> client.indices()
                .getAlias(g -> g.name(SearchFields.ALIAS).ignoreUnavailable(true))
                .aliases()
                .keySet());
    }

    /** Physical indices of ours that neither the alias nor a live rebuild uses: left by a node that died mid-way. */
    private void removeOrphans() {
        Set<String> used = new java.util.HashSet<>(aliasIndices());
        used.addAll(rebuilds.liveTargets());
        Set<String> ours = BulkWriter.call(() -> client.indices()
                .get(g -> g.index(SearchFields.ALIAS + "-*").ignoreUnavailable(true))
                .indices()
                .keySet());
        ours.stream().filter(i -> !used.contains(i)).forEach(this::deleteIndex);
    }

    private Set<String> aliasIndicesOrEmpty() {
        try {
            return aliasIndices();
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    private void deleteIndex(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            log.warn("S-SEARCH-INDEX-DELETE-FAILED index={} error={}", index, describe(e));
        }
    }

    private static String describe(Exception e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
