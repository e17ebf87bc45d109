package cn.energyinspect.app.document;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文号 of enforcement documents, for every programme that issues them (inspection cases, penalties, approvals): each
 * kind has its own gap-free series per agency and year, printed the GB/T 9704 way — the agency's 代字, the kind's 代字,
 * the year in 〔〕, the number without 第 and without leading zeros: {@code 浙节监通〔2026〕12号}. The series row is
 * locked until the issuing transaction ends, so a rolled-back document gives its number back.
 */
@Component
public class DocumentNumbers {
    private final DocumentNumberMapper sequences;
    private final AgencyCodes codes;
    private final SequenceRows rows;
    private final DocumentProperties settings;

    DocumentNumbers(DocumentNumberMapper sequences, AgencyCodes codes, SequenceRows rows, DocumentProperties settings) {
        this.sequences = sequences;
        this.codes = codes;
        this.rows = rows;
        this.settings = settings;
    }

    /**
     * The next 文号 of {@code kind} (a code of {@code energyinspect.documents.kind-codes}); must run inside the
     * transaction that issues the document.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Agency agency, String kind, int year) {
        Integer sequence = sequences.nextSequence(agency.id(), year, kind);
        if (sequence == null) {
            rows.ensure(agency.id(), year, kind);
            sequence = sequences.nextSequence(agency.id(), year, kind);
        }
        sequences.advanceSequence(agency.id(), year, kind, sequence);
        return codes.of(agency) + settings.kindCode(kind) + "〔" + year + "〕" + sequence + "号";
    }

    /**
     * Creates a sequence row in a transaction of its own: inside the issuing one, the duplicate check of {@code INSERT
     * IGNORE} takes a shared lock two issuers would both try to upgrade (a deadlock).
     */
    @Component
    static class SequenceRows {
        private final DocumentNumberMapper sequences;

        SequenceRows(DocumentNumberMapper sequences) {
            this.sequences = sequences;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        void ensure(long agencyId, int year, String kind) {
            sequences.ensureSequence(agencyId, year, kind);
        }
    }
}
