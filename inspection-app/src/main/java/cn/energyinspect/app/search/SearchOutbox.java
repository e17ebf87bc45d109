package cn.energyinspect.app.search;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records, in the caller's transaction, that an indexed record changed. The indexer rebuilds the record's documents
 * from the database later, so the outbox holds only what changed, never document content: a rolled-back change leaves
 * no row, a committed one is never lost, and search being down never blocks the change. One row per record and
 * transaction is enough (the indexer reads the record as committed), so a record changed twice in one transaction
 * (a status transition and the task completion that caused it) is written once.
 */
@Component
public class SearchOutbox {
    private final SearchOutboxMapper mapper;

    SearchOutbox(SearchOutboxMapper mapper) {
        this.mapper = mapper;
    }

    /** An enterprise of the register changed (its document, and the enterprise fields of its cases' documents). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enterpriseChanged(String uscc) {
        insertOnce("ENTERPRISE", uscc);
    }

    /** A case changed: its own document and those of its findings, documents, answers, reviews and evidence. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void caseChanged(long caseId) {
        insertOnce("CASE", Long.toString(caseId));
    }

    /** A project approval changed (capacity replacement, white-list): its document and those of its objections and
     * decisions. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approvalChanged(long applicationId) {
        insertOnce("APPROVAL", Long.toString(applicationId));
    }

    private void insertOnce(String kind, String id) {
        if (Written.inThisTransaction().add(kind + ":" + id)) {
            mapper.insert(kind, id);
        }
    }

    /**
     * The records given an outbox row in the current transaction. Bound to the transaction as a resource and unbound
     * when it is suspended (an inner {@code REQUIRES_NEW} transaction starts its own set, so it writes its own rows)
     * and when it completes.
     */
    private static final class Written implements TransactionSynchronization {
        private static final Object KEY = Written.class;
        private final Set<String> records = new HashSet<>();

        static Set<String> inThisTransaction() {
            Written written = (Written) TransactionSynchronizationManager.getResource(KEY);
            if (written == null) {
                if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                    // no synchronization to unbind it at the end: write every row, as without the set
                    return new HashSet<>();
                }
                written = new Written();
                TransactionSynchronizationManager.bindResource(KEY, written);
                TransactionSynchronizationManager.registerSynchronization(written);
            }
            return written.records;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
