package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.refusal.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox, and the one thing they may do to it: retry a parked row. */
@Service
class OutboxAdmin {
    static final int PARKED_SHOWN = 200;

    private final OutboxMapper outbox;

    OutboxAdmin(OutboxMapper outbox) {
        this.outbox = outbox;
    }

    /** Pending and parked counts, and the parked rows with their errors (at most {@value #PARKED_SHOWN}). */
    record View(long pending, long parked, List<ParkedRow> parkedRows) {}

    @Transactional(readOnly = true)
    View view() {
        OutboxCounts counts = outbox.counts();
        return new View(counts.pending(), counts.parked(), outbox.parked(PARKED_SHOWN));
    }

    @Transactional
    ParkedRow retry(long id) {
        ParkedRow row = outbox.find(id).orElseThrow(() -> Refusal.notFound("待同步记录"));
        if (!row.parked()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "该记录未被搁置，无需重试");
        }
        outbox.unpark(id);
        return outbox.find(id).orElse(row);
    }
}
