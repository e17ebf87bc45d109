package cn.energyinspect.app.desk.round;

import cn.energyinspect.workflow.ReportRoundPort;
import org.springframework.stereotype.Component;

/** What the filing round's process tells the application; every call is idempotent (a retried job calls again). */
@Component
class ReportRoundAdapter implements ReportRoundPort {
    private final ReportRounds rounds;

    ReportRoundAdapter(ReportRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void remind(long roundId, int workingDaysBefore) {
        rounds.remind(roundId, workingDaysBefore);
    }

    @Override
    public void listMissing(long roundId) {
        rounds.listMissing(roundId);
    }

    @Override
    public void closed(long roundId) {
        rounds.closed(roundId);
    }
}
