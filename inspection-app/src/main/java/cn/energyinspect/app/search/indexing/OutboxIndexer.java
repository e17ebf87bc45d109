package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields.DocType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of the outbox: claim due rows (locked, skipping rows another node holds), build each named record's
 * documents once from the database, send them in one bulk request to the alias and to the index a rebuild is filling,
 * check every item, then delete the rows whose documents all succeeded and give the others a back-off — all in the
 * transaction that holds the claim, so a crash or an outage leaves the rows as they were.
 */
@Component
class OutboxIndexer {
    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);
    private static final int MAX_ERROR = 1000;

    private final OutboxMapper outbox;
    private final RebuildMapper rebuilds;
    private final DocumentAssembler assembler;
    private final BulkWriter writer;
    private final IndexingProperties settings;
    private final TransactionTemplate transaction;

    OutboxIndexer(
            OutboxMapper outbox,
            RebuildMapper rebuilds,
            DocumentAssembler assembler,
            BulkWriter writer,
            IndexingProperties settings,
            TransactionTemplate transaction) {
        this.outbox = outbox;
        this.rebuilds = rebuilds;
        this.assembler = assembler;
        this.writer = writer;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** What one batch did. */
    record BatchResult(int rows, int indexed, int failed) {}

    /** Runs one batch; throws {@link SearchUnavailableException} (rows untouched) when Elasticsearch is down. */
    BatchResult runOnce() {
        return transaction.execute(status -> batch());
    }

    private BatchResult batch() {
        List<OutboxRow> rows = outbox.claimDue(settings.batchSize());
        if (rows.isEmpty()) {
            return new BatchResult(0, 0, 0);
        }
        // read after the claim: a row committed after a rebuild registered is always written to its index too
        long version = outbox.clockMicros();
        List<Target> targets = new ArrayList<>();
        targets.add(Target.ALIAS);
        rebuilds.runningTargets().forEach(name -> targets.add(Target.index(name)));

        Map<EntityRef, List<OutboxRow>> byEntity =
                rows.stream().collect(Collectors.groupingBy(OutboxRow::ref, LinkedHashMap::new, Collectors.toList()));
        Map<EntityRef, String> invalid = new LinkedHashMap<>();
        Set<String> usccs = new LinkedHashSet<>();
        Set<Long> caseIds = new LinkedHashSet<>();
        Set<Long> approvalIds = new LinkedHashSet<>();
        for (EntityRef ref : byEntity.keySet()) {
            switch (ref.entity()) {
                case EntityRef.ENTERPRISE -> usccs.add(ref.key());
                case EntityRef.CASE -> {
                    try {
                        caseIds.add(Long.parseLong(ref.key()));
                    } catch (NumberFormatException e) {
                        invalid.put(ref, "case id is not a number: " + ref.key());
                    }
                }
                case EntityRef.APPROVAL -> {
                    try {
                        approvalIds.add(Long.parseLong(ref.key()));
                    } catch (NumberFormatException e) {
                        invalid.put(ref, "application id is not a number: " + ref.key());
                    }
                }
                default -> invalid.put(ref, "unknown entity " + ref.entity());
            }
        }
        Map<String, List<Long>> casesOfEnterprise = new LinkedHashMap<>();
        Set<Long> allCases = new LinkedHashSet<>(caseIds);
        allCases.addAll(assembler.casesOf(usccs));
        DocumentAssembler.Assembly assembly = assembler.assemble(usccs, allCases, Instant.now());
        assembly.caseOwner().forEach((caseId, uscc) -> {
            if (usccs.contains(uscc)) {
                casesOfEnterprise.computeIfAbsent(uscc, u -> new ArrayList<>()).add(caseId);
            }
        });

        List<IndexDoc> docs = new ArrayList<>(assembly.enterprises().values());
        assembly.cases().values().forEach(docs::addAll);
        Map<Long, List<IndexDoc>> approvalDocs = assembler.approvals(approvalIds, Instant.now());
        approvalDocs.values().forEach(docs::addAll);
        List<String> deletions = new ArrayList<>();
        usccs.stream()
                .filter(u -> !assembly.enterprises().containsKey(u))
                .forEach(u -> deletions.add(DocType.ENTERPRISE.id(u)));
        caseIds.stream().filter(c -> !assembly.cases().containsKey(c)).forEach(c -> deletions.add(DocType.CASE.id(c)));

        BulkWriter.Outcome outcome = writer.write(targets, docs, deletions, allCases, version);

        Map<Long, Set<String>> idsOfCase = new LinkedHashMap<>();
        allCases.forEach(c -> idsOfCase.put(c, new HashSet<>(Set.of(DocType.CASE.id(c)))));
        assembly.cases()
                .forEach((c, caseDocs) -> caseDocs.forEach(d -> idsOfCase.get(c).add(d.id())));
        outcome.staleCaseOf()
                .forEach((id, c) ->
                        idsOfCase.computeIfAbsent(c, k -> new HashSet<>()).add(id));

        List<Long> done = new ArrayList<>();
        int failed = 0;
        for (Map.Entry<EntityRef, List<OutboxRow>> entry : byEntity.entrySet()) {
            EntityRef ref = entry.getKey();
            String error = invalid.get(ref);
            if (error == null) {
                Set<String> ids = new HashSet<>();
                if (ref.entity().equals(EntityRef.ENTERPRISE)) {
                    ids.add(DocType.ENTERPRISE.id(ref.key()));
                    casesOfEnterprise.getOrDefault(ref.key(), List.of()).forEach(c -> ids.addAll(idsOfCase.get(c)));
                } else if (ref.entity().equals(EntityRef.APPROVAL)) {
                    approvalDocs
                            .getOrDefault(Long.parseLong(ref.key()), List.of())
                            .forEach(d -> ids.add(d.id()));
                } else {
                    ids.addAll(idsOfCase.getOrDefault(Long.parseLong(ref.key()), Set.of()));
                }
                error = ids.stream()
                        .map(outcome.failures()::get)
                        .filter(e -> e != null)
                        .findFirst()
                        .orElse(null);
            }
            if (error == null) {
                entry.getValue().forEach(row -> done.add(row.id()));
            } else {
                failed += entry.getValue().size();
                for (OutboxRow row : entry.getValue()) {
                    fail(row, ref, error);
                }
            }
        }
        if (!done.isEmpty()) {
            outbox.delete(done);
        }
        return new BatchResult(rows.size(), docs.size(), failed);
    }

    private void fail(OutboxRow row, EntityRef ref, String error) {
        boolean park = row.attempts() + 1 >= settings.maxAttempts();
        String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        outbox.fail(row.id(), settings.retryDelay(row.attempts()).toMillis(), message, park);
        if (park) {
            log.warn(
                    "S-SEARCH-OUTBOX-PARKED row={} entity={} attempts={} error={}",
                    row.id(),
                    ref,
                    row.attempts() + 1,
                    message);
        } else {
            log.info(
                    "S-SEARCH-INDEX-RETRY row={} entity={} attempt={} error={}",
                    row.id(),
                    ref,
                    row.attempts() + 1,
                    message);
        }
    }
}
