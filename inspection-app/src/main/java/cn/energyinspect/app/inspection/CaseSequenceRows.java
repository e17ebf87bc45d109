package cn.energyinspect.app.inspection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the sequence row of an agency and year in a transaction of its own. Done inside the case's transaction, the
 * duplicate check of {@code INSERT IGNORE} takes a shared lock that two concurrent openings then both try to upgrade
 * with {@code FOR UPDATE}: a deadlock. Committed separately, the row simply exists before anyone locks it.
 */
@Component
class CaseSequenceRows {
    private final CaseMapper cases;

    CaseSequenceRows(CaseMapper cases) {
        this.cases = cases;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ensure(long agencyId, int year) {
        cases.ensureSequence(agencyId, year);
    }
}
