package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchClientConfig;
import cn.energyinspect.app.search.SearchFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Writes documents with bulk requests and reports every item's outcome. Each write carries an external version: the
 * database clock read before the documents' rows were read, so a document built from older rows never overwrites one
 * built from newer rows, whatever order two nodes (or a node and a rebuild) send them in. A delete leaves a versioned
 * tombstone, so an older write arriving later does not bring the document back. A version conflict therefore means
 * "a newer document is already there" and counts as success.
 */
@Component
class BulkWriter {
    /** Bulk requests are split beyond this many operations or this much text, well under http.max_content_length. */
    private static final int MAX_OPERATIONS = 5_000;

    private static final long MAX_CHARS = 20L * 1024 * 1024;
    private static final int PAGE = 5_000;

    private final ElasticsearchClient client;

    BulkWriter(SearchClientConfig.SearchWriteClient writes) {
        this.client = writes.client();
    }

    /** What happened: the failed document ids with their error, and the stale documents deleted per case. */
    record Outcome(Map<String, String> failures, Map<String, Long> staleCaseOf, int operations) {}

    /**
     * Indexes {@code docs} and deletes {@code deletions} in every target; for the cases in {@code staleCheckCases} also
     * deletes the documents the index holds for them that are not among {@code docs} (records gone from the database).
     */
    Outcome write(
            List<Target> targets,
            Collection<IndexDoc> docs,
            Collection<String> deletions,
            Collection<Long> staleCheckCases,
            long version) {
        Set<String> current = new HashSet<>();
        docs.forEach(d -> current.add(d.id()));
        deletions.forEach(current::add);
        List<BulkOperation> operations = new ArrayList<>();
        Map<String, Long> staleCaseOf = new LinkedHashMap<>();
        for (Target target : targets) {
            if (!staleCheckCases.isEmpty()) {
                stale(target, staleCheckCases, current).forEach((id, caseId) -> {
                    staleCaseOf.put(id, caseId);
                    operations.add(delete(target, id, version));
                });
            }
            for (IndexDoc doc : docs) {
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(target.name())
                        .id(doc.id())
                        .requireAlias(target.alias() ? Boolean.TRUE : null)
                        .version(version)
                        .versionType(VersionType.ExternalGte)
                        .document(doc.source()))));
            }
            for (String id : deletions) {
                operations.add(delete(target, id, version));
            }
        }
        Map<String, String> failures = new HashMap<>();
        send(operations, docs, failures);
        return new Outcome(failures, staleCaseOf, operations.size());
    }

    private static BulkOperation delete(Target target, String id, long version) {
        return BulkOperation.of(b ->
                b.delete(d -> d.index(target.name()).id(id).version(version).versionType(VersionType.ExternalGte)));
    }

    private void send(List<BulkOperation> operations, Collection<IndexDoc> docs, Map<String, String> failures) {
        long chars = docs.stream()
                .map(d -> d.source().get(SearchFields.TEXT))
                .mapToLong(t -> t == null ? 200 : t.toString().length() + 200)
                .sum();
        int chunks = (int) Math.max(
                Math.ceilDiv(operations.size(), MAX_OPERATIONS), Math.ceilDiv(chars * 3, MAX_CHARS)); // ~3 bytes/char
        int size = Math.max(1, Math.ceilDiv(operations.size(), Math.max(1, chunks)));
        for (int from = 0; from < operations.size(); from += size) {
            List<BulkOperation> chunk = operations.subList(from, Math.min(operations.size(), from + size));
            BulkResponse response = call(() -> client.bulk(b -> b.operations(chunk)));
            for (BulkResponseItem item : response.items()) {
                if (!succeeded(item)) {
                    String reason = item.error() == null
                            ? "status " + item.status()
                            : item.error().type() + ": " + item.error().reason();
                    failures.merge(item.id(), item.index() + " " + reason, (a, b) -> a);
                }
            }
        }
    }

    /** 409: a newer version is already there; 404 on a delete: nothing to delete. */
    private static boolean succeeded(BulkResponseItem item) {
        int status = item.status();
        return status < 300 || status == 409 || (status == 404 && "not_found".equals(item.result()));
    }

    /** Documents of {@code cases} in {@code target} whose id is not in {@code current}, with their case. */
    private Map<String, Long> stale(Target target, Collection<Long> cases, Set<String> current) {
        // search is near-real-time: make documents indexed a moment ago visible, or they would escape the check
        call(() -> client.indices().refresh(r -> r.index(target.name()).ignoreUnavailable(true)));
        List<FieldValue> ids = cases.stream().map(FieldValue::of).toList();
        Map<String, Long> stale = new LinkedHashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> page = call(() -> client.search(
                    s -> {
                        s.index(target.name())
                                .ignoreUnavailable(true)
                                .size(PAGE)
                                .query(q -> q.terms(
                                        t -> t.field(SearchFields.CASE_ID).terms(v -> v.value(ids))))
                                .source(src -> src.filter(f -> f.includes(SearchFields.CASE_ID)))
                                .sort(o -> o.field(f -> f.field(SearchFields.ID).order(SortOrder.Asc)));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    },
                    Map.class));
            List<Hit<Map>> hits = page.hits().hits();
            for (Hit<Map> hit : hits) {
                if (!current.contains(hit.id())
                        && hit.source() != null
                        && hit.source().get(SearchFields.CASE_ID) instanceof Number caseId) {
                    stale.put(hit.id(), caseId.longValue());
                }
            }
            if (hits.size() < PAGE) {
                return stale;
            }
            after = hits.getLast().sort();
        }
    }

    interface EsCall<T> {
        T run() throws IOException;
    }

    /** Runs a request; no answer, or a 5xx/429 for the whole request, is an outage the caller retries. */
    static <T> T call(EsCall<T> request) {
        try {
            return request.run();
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new SearchUnavailableException("Elasticsearch answered " + e.status(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new SearchUnavailableException(
                    "Elasticsearch did not answer: " + e.getClass().getSimpleName(), e);
        }
    }
}
