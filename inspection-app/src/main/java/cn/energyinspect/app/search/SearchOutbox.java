package cn.energyinspect.app.search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, in the caller's transaction, that an indexed record changed. The indexer rebuilds the record's documents
 * from the database later, so the outbox holds only what changed, never document content: a rolled-back change leaves
 * no row, a committed one is never lost, and search being down never blocks the change.
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
        mapper.insert("ENTERPRISE", uscc);
    }

    /** A case changed: its own document and those of its findings, documents, answers, reviews and evidence. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void caseChanged(long caseId) {
        mapper.insert("CASE", Long.toString(caseId));
    }

    /** A project approval changed (capacity replacement, white-list): its document and those of its objections and
     * decisions. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approvalChanged(long applicationId) {
        mapper.insert("APPROVAL", Long.toString(applicationId));
    }
}
