package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Reads the index as a test sees it: documents by id, hits of a query, and polling until a condition holds. */
final class SearchProbe {
    private final ElasticsearchClient client;

    SearchProbe(ElasticsearchClient client) {
        this.client = client;
    }

    /** The document's source, or null when the index does not hold it (or search is unreachable). */
    @SuppressWarnings("unchecked")
    Map<String, Object> doc(String id) {
        try {
            GetResponse<Map> response =
                    client.get(g -> g.index(SearchFields.ALIAS).id(id), Map.class);
            return response.found() ? response.source() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Polls until the document exists and matches, for up to {@code timeout}; returns it. */
    Map<String, Object> awaitDoc(String id, Predicate<Map<String, Object>> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> last = null;
        while (System.nanoTime() < deadline) {
            last = doc(id);
            if (last != null && matching.test(last)) {
                return last;
            }
            sleep(50);
        }
        throw new AssertionError("document " + id + " not indexed as expected within " + timeout + "; last: " + last);
    }

    Map<String, Object> awaitDoc(String id, Duration timeout) {
        return awaitDoc(id, d -> true, timeout);
    }

    /** Ids of the documents whose {@code text} matches (smartcn) — after a refresh, so what is indexed is visible. */
    List<String> matchText(String field, String words) {
        try {
            client.indices().refresh(r -> r.index(SearchFields.ALIAS));
            return client
                    .search(
                            s -> s.index(SearchFields.ALIAS)
                                    .size(100)
                                    .query(q -> q.match(m -> m.field(field).query(words))),
                            Void.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(Hit::id)
                    .toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Hits per document id for these ids (a document indexed twice under two ids would show as two). */
    long countWhere(String field, List<String> values) {
        try {
            client.indices().refresh(r -> r.index(SearchFields.ALIAS));
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            return client.count(c -> c.index(SearchFields.ALIAS)
                            .query(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))))
                    .count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError(what + " did not happen within " + timeout);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
