package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers per agency and year, e.g. {@code 浙节监〔2026〕第0012号}: gap-free and duplicate-free under concurrent
 * creation because the sequence row stays locked until the transaction that opens the case commits (a rolled-back case
 * gives its number back).
 */
@Component
class CaseNumbers {

    private final CaseMapper cases;
    private final CaseSequenceRows sequenceRows;
    private final AgencyCodes codes;

    CaseNumbers(CaseMapper cases, CaseSequenceRows sequenceRows, AgencyCodes codes) {
        this.cases = cases;
        this.sequenceRows = sequenceRows;
        this.codes = codes;
    }

    record Allocated(int year, int sequence, String caseNumber) {}

    /** The next number of {@code agency} in {@code year}; must run inside the transaction that inserts the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    Allocated next(Agency agency, int year) {
        Integer sequence = cases.nextSequence(agency.id(), year);
        if (sequence == null) {
            sequenceRows.ensure(agency.id(), year);
            sequence = cases.nextSequence(agency.id(), year);
        }
        cases.advanceSequence(agency.id(), year, sequence);
        String prefix = codes.of(agency);
        return new Allocated(year, sequence, String.format("%s〔%d〕第%04d号", prefix, year, sequence));
    }
}
