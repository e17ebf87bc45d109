package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文号 of the enforcement documents: each kind has its own gap-free series per agency and year, printed the GB/T 9704
 * way — the agency's 代字, the kind's 代字, the year in 〔〕, the number without 第 and without leading zeros:
 * {@code 浙节监通〔2026〕12号}. The case number ({@code 浙节监〔2026〕第0012号}) stays the case's own.
 */
@Component
class DocumentNumbers {
    private final DocumentMapper documents;
    private final CaseMapper cases;
    private final SequenceRows rows;
    private final DocumentProperties settings;

    DocumentNumbers(DocumentMapper documents, CaseMapper cases, SequenceRows rows, DocumentProperties settings) {
        this.documents = documents;
        this.cases = cases;
        this.rows = rows;
        this.settings = settings;
    }

    /** The next 文号 of {@code kind}; must run inside the transaction that issues the document (gap-free). */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(Agency agency, String kind, int year) {
        Integer sequence = documents.nextSequence(agency.id(), year, kind);
        if (sequence == null) {
            rows.ensure(agency.id(), year, kind);
            sequence = documents.nextSequence(agency.id(), year, kind);
        }
        documents.advanceSequence(agency.id(), year, kind, sequence);
        String agencyCode = cases.abbreviation(agency.id()).orElseGet(() -> CaseNumbers.defaultAbbreviation(agency));
        return agencyCode + settings.kindCode(kind) + "〔" + year + "〕" + sequence + "号";
    }

    /** Creates a sequence row in its own transaction, for the reason {@link CaseSequenceRows} explains. */
    @Component
    static class SequenceRows {
        private final DocumentMapper documents;

        SequenceRows(DocumentMapper documents) {
            this.documents = documents;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        void ensure(long agencyId, int year, String kind) {
            documents.ensureSequence(agencyId, year, kind);
        }
    }
}
