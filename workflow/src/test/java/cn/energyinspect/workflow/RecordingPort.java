package cn.energyinspect.workflow;

import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app's side of the ports, recording each call as {@code method:caseId[:outcome]} or {@code method:planId[:phase]};
 * the calendar is the shipped one unless a test puts another in force (and takes it back).
 */
final class RecordingPort implements CaseLifecyclePort, CampaignPort, CalendarPort, ReportRoundPort, DeskReviewPort {
    final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    @Override
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    void calendar(WorkingDayCalendar inForce) {
        calendar = inForce;
    }

    @Override
    public void statementPeriodOver(long caseId) {
        calls.add("statementPeriodOver:" + caseId);
    }

    @Override
    public void noticeServiceEscalated(long caseId) {
        calls.add("noticeServiceEscalated:" + caseId);
    }

    @Override
    public void noticeServiceLate(long caseId) {
        calls.add("noticeServiceLate:" + caseId);
    }

    @Override
    public void referredForPenalty(long caseId) {
        calls.add("referredForPenalty:" + caseId);
    }

    @Override
    public void withdrawn(long caseId) {
        calls.add("withdrawn:" + caseId);
    }

    @Override
    public void closed(long caseId, String outcome) {
        calls.add("closed:" + caseId + ":" + outcome);
    }

    @Override
    public void phaseOverdue(long planId, String phase) {
        calls.add("phaseOverdue:" + planId + ":" + phase);
    }

    @Override
    public void finished(long planId) {
        calls.add("finished:" + planId);
    }

    @Override
    public void remind(long roundId, int workingDaysBefore) {
        calls.add("remind:" + roundId + ":" + workingDaysBefore);
    }

    @Override
    public void listMissing(long roundId) {
        calls.add("listMissing:" + roundId);
    }

    @Override
    public void closed(long roundId) {
        calls.add("roundClosed:" + roundId);
    }

    @Override
    public void answerPeriodOver(long caseId) {
        calls.add("answerPeriodOver:" + caseId);
    }

    @Override
    public void rectificationOrdered(long caseId) {
        calls.add("rectificationOrdered:" + caseId);
    }

    @Override
    public void escalated(long caseId) {
        calls.add("escalated:" + caseId);
    }
}
