package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.indexing.Sources.CaseSource;
import cn.energyinspect.app.search.indexing.Sources.EnterpriseSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads the rows of many enterprises and cases at once (one query per table) and builds their documents. */
@Component
class DocumentAssembler {
    private static final int IN_LIST = 500;

    private final SourceMapper sources;
    private final DocumentText pdfs;
    private final ApprovalIndexing approvals;

    DocumentAssembler(SourceMapper sources, DocumentText pdfs, ApprovalIndexing approvals) {
        this.sources = sources;
        this.pdfs = pdfs;
        this.approvals = approvals;
    }

    /** The documents of project approvals by application id (their objections and decisions included). */
    Map<Long, List<IndexDoc>> approvals(Collection<Long> applicationIds, Instant indexedAt) {
        return approvals.assemble(applicationIds, indexedAt);
    }

    ApprovalIndexing approvalIndexing() {
        return approvals;
    }

    /** Documents by enterprise (uscc) and by case id; keys absent from a map are records no longer in the database. */
    record Assembly(Map<String, IndexDoc> enterprises, Map<Long, List<IndexDoc>> cases, Map<Long, String> caseOwner) {}

    Assembly assemble(Collection<String> usccs, Collection<Long> caseIds, Instant indexedAt) {
        Map<String, IndexDoc> enterprises = new LinkedHashMap<>();
        for (List<String> chunk : chunks(usccs)) {
            for (EnterpriseSource e : sources.enterprises(chunk)) {
                enterprises.put(e.uscc(), RecordDocuments.enterprise(e, indexedAt));
            }
        }
        Map<Long, List<IndexDoc>> cases = new LinkedHashMap<>();
        Map<Long, String> owner = new HashMap<>();
        for (List<Long> chunk : chunks(caseIds)) {
            List<CaseSource> rows = sources.cases(chunk);
            if (rows.isEmpty()) {
                continue;
            }
            var findings = byCase(sources.findings(chunk), Sources.FindingSource::caseId);
            var documents = byCase(sources.documents(chunk), Sources.DocumentSource::caseId);
            var evidence = byCase(sources.evidence(chunk), Sources.EvidenceSource::caseId);
            var answers = byCase(sources.answerItems(chunk), Sources.AnswerItemSource::caseId);
            var statements = byCase(sources.statements(chunk), Sources.StatementSource::caseId);
            var reviews = byCase(sources.reviews(chunk), Sources.ReviewSource::caseId);
            for (CaseSource c : rows) {
                CaseBundle bundle = new CaseBundle(
                        c,
                        findings.getOrDefault(c.id(), List.of()),
                        documents.getOrDefault(c.id(), List.of()),
                        evidence.getOrDefault(c.id(), List.of()),
                        answers.getOrDefault(c.id(), List.of()),
                        statements.getOrDefault(c.id(), List.of()),
                        reviews.getOrDefault(c.id(), List.of()));
                cases.put(c.id(), RecordDocuments.ofCase(bundle, pdfs, indexedAt));
                owner.put(c.id(), c.enterpriseUscc());
            }
        }
        return new Assembly(enterprises, cases, owner);
    }

    List<Long> casesOf(Collection<String> usccs) {
        List<Long> ids = new ArrayList<>();
        for (List<String> chunk : chunks(usccs)) {
            ids.addAll(sources.caseIdsOfEnterprises(chunk));
        }
        return ids;
    }

    private static <T> Map<Long, List<T>> byCase(List<T> rows, ToLongFunction<T> caseId) {
        return rows.stream()
                .collect(Collectors.groupingBy(r -> caseId.applyAsLong(r), LinkedHashMap::new, Collectors.toList()));
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }
}
