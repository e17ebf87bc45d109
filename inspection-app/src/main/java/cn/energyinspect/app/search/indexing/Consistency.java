package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchFields.DocType;
import cn.energyinspect.app.search.indexing.Sources.DbCounts;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Compares the index with the database: documents per type in each, and a random sample of enterprises and cases
 * whose documents are rebuilt from the database and compared field by field with what the index holds.
 */
@Component
class Consistency {
    private static final Set<String> NOT_COMPARED = Set.of(SearchFields.UPDATED_AT);

    private final ElasticsearchClient client;
    private final SourceMapper sources;
    private final OutboxMapper outbox;
    private final DocumentAssembler assembler;

    Consistency(ElasticsearchClient client, SourceMapper sources, OutboxMapper outbox, DocumentAssembler assembler) {
        this.client = client;
        this.sources = sources;
        this.outbox = outbox;
        this.assembler = assembler;
    }

    public record TypeCount(String type, long database, long index, boolean drift) {}

    public record Mismatch(String id, String field, Object database, Object index) {}

    public record Report(
            Instant checkedAt,
            boolean drift,
            List<TypeCount> types,
            OutboxCounts outbox,
            int sampledDocuments,
            List<Mismatch> mismatches) {}

    Report check(int sample) {
        BulkWriter.call(() -> client.indices().refresh(r -> r.index(SearchFields.ALIAS)));
        OutboxCounts queued = outbox.counts();
        List<TypeCount> types = counts();
        List<Long> cases = sources.randomCaseIds(sample);
        List<String> usccs = sources.randomUsccs(Math.max(1, sample / 4));
        DocumentAssembler.Assembly expected = assembler.assemble(usccs, cases, Instant.now());
        Map<String, IndexDoc> docs = new LinkedHashMap<>();
        expected.enterprises().values().forEach(d -> docs.put(d.id(), d));
        expected.cases().values().forEach(list -> list.forEach(d -> docs.put(d.id(), d)));
        List<Mismatch> mismatches = new ArrayList<>();
        Map<String, Map<String, Object>> indexed = fetch(docs.keySet());
        docs.forEach((id, doc) -> compare(id, doc.source(), indexed.get(id), mismatches));
        extras(cases, docs.keySet())
                .forEach(id -> mismatches.add(new Mismatch(id, "_document", null, "not in the database")));
        boolean drift = !mismatches.isEmpty() || types.stream().anyMatch(TypeCount::drift);
        return new Report(Instant.now(), drift, types, queued, docs.size(), mismatches);
    }

    private List<TypeCount> counts() {
        SearchResponse<Void> response = BulkWriter.call(() -> client.search(
                s -> s.index(SearchFields.ALIAS)
                        .size(0)
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations(
                                "types",
                                a -> a.terms(t -> t.field(SearchFields.TYPE).size(50))),
                Void.class));
        Map<String, Long> inIndex = new HashMap<>();
        for (StringTermsBucket bucket :
                response.aggregations().get("types").sterms().buckets().array()) {
            inIndex.put(bucket.key().stringValue(), bucket.docCount());
        }
        DbCounts db = sources.counts();
        Map<DocType, Long> inDb = new LinkedHashMap<>();
        inDb.put(DocType.ENTERPRISE, db.enterprises());
        inDb.put(DocType.CASE, db.cases());
        inDb.put(DocType.FINDING, db.findings());
        inDb.put(DocType.DOCUMENT, db.documents());
        inDb.put(DocType.EVIDENCE, db.evidence());
        inDb.put(DocType.ANSWER, db.answers() + db.statements());
        inDb.put(DocType.REVIEW, db.reviews());
        ApprovalSourceMapper.ApprovalCounts approvals =
                assembler.approvalIndexing().counts();
        inDb.put(DocType.APPLICATION, approvals.applications());
        inDb.put(DocType.OBJECTION, approvals.objections());
        inDb.put(DocType.DECISION, approvals.decisions());
        List<TypeCount> counts = new ArrayList<>();
        inDb.forEach((type, n) -> {
            long indexed = inIndex.getOrDefault(type.name(), 0L);
            counts.add(new TypeCount(type.name(), n, indexed, n != indexed));
        });
        return counts;
    }

    private Map<String, Map<String, Object>> fetch(Set<String> ids) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        MgetResponse<Map> response = BulkWriter.call(
                () -> client.mget(m -> m.index(SearchFields.ALIAS).ids(List.copyOf(ids)), Map.class));
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult()) {
                GetResult<Map> result = item.result();
                if (result.found() && result.source() != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> source = result.source();
                    found.put(result.id(), source);
                }
            }
        }
        return found;
    }

    /** Documents the index holds for the sampled cases that the database no longer has. */
    private List<String> extras(List<Long> cases, Set<String> expected) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<FieldValue> ids = cases.stream().map(FieldValue::of).toList();
        SearchResponse<Void> response = BulkWriter.call(() -> client.search(
                s -> s.index(SearchFields.ALIAS)
                        .size(10_000)
                        .source(src -> src.fetch(false))
                        .query(q -> q.terms(t -> t.field(SearchFields.CASE_ID).terms(v -> v.value(ids)))),
                Void.class));
        return response.hits().hits().stream()
                .map(h -> h.id())
                .filter(id -> !expected.contains(id))
                .toList();
    }

    static void compare(String id, Map<String, Object> expected, Map<String, Object> actual, List<Mismatch> out) {
        if (actual == null) {
            out.add(new Mismatch(id, "_document", "present", null));
            return;
        }
        Set<String> fields = new LinkedHashSet<>(expected.keySet());
        fields.addAll(actual.keySet());
        for (String field : fields) {
            if (!NOT_COMPARED.contains(field) && !same(expected.get(field), actual.get(field))) {
                out.add(new Mismatch(id, field, expected.get(field), actual.get(field)));
            }
        }
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(String.valueOf(a), String.valueOf(b));
    }
}
