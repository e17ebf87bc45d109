package cn.energyinspect.workflow;

import cn.energyinspect.rules.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app's side of the ports, recording each call as {@code method:caseId[:outcome]} or {@code method:planId[:phase]};
 * the calendar is the shipped one unless a test puts another in force (and takes it back).
 */
final class RecordingPort
        implements CaseLifecyclePort,
                CampaignPort,
                CalendarPort,
                PenaltyPort,
                CreditPublicationPort,
                ReportRoundPort,
                DeskReviewPort,
                ApprovalPort {
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
    public void partyStatementPeriodOver(long penaltyId) {
        calls.add("penalty.statementPeriodOver:" + penaltyId);
    }

    @Override
    public void decisionDue(long penaltyId) {
        calls.add("penalty.decisionDue:" + penaltyId);
    }

    @Override
    public void decisionLate(long penaltyId) {
        calls.add("penalty.decisionLate:" + penaltyId);
    }

    @Override
    public void serviceLate(long penaltyId) {
        calls.add("penalty.serviceLate:" + penaltyId);
    }

    @Override
    public void decisionServed(long penaltyId) {
        calls.add("penalty.decisionServed:" + penaltyId);
    }

    @Override
    public void paymentOverdue(long penaltyId) {
        calls.add("penalty.paymentOverdue:" + penaltyId);
    }

    @Override
    public void penaltyClosed(long penaltyId, String outcome) {
        calls.add("penalty.closed:" + penaltyId + ":" + outcome);
    }

    @Override
    public void recordNotPublished(long penaltyId) {
        calls.add("publication.notPublished:" + penaltyId);
    }

    @Override
    public void publicationEscalated(long penaltyId) {
        calls.add("publication.escalated:" + penaltyId);
    }

    @Override
    public void publicationLate(long penaltyId) {
        calls.add("publication.late:" + penaltyId);
    }

    @Override
    public void publicationEnded(long penaltyId) {
        calls.add("publication.ended:" + penaltyId);
    }

    @Override
    public void recordRepaired(long penaltyId) {
        calls.add("publication.repaired:" + penaltyId);
    }

    @Override
    public void repairDecisionLate(long penaltyId) {
        calls.add("publication.repairLate:" + penaltyId);
    }

    @Override
    public void recordCorrected(long penaltyId) {
        calls.add("publication.corrected:" + penaltyId);
    }

    @Override
    public void recordWithdrawn(long penaltyId) {
        calls.add("publication.withdrawn:" + penaltyId);
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

    /** What the approval side answers: the 公示 window, whether objections are open, the follow-up day. */
    volatile PublicityWindow publicity = new PublicityWindow(LocalDate.of(2026, 4, 30), 5);

    volatile boolean objectionsOpen;
    volatile LocalDate followUpDue = LocalDate.of(2026, 9, 30);

    @Override
    public PublicityWindow publicityStarts(String programme, long applicationId) {
        calls.add("publicityStarts:" + programme + ":" + applicationId);
        return publicity;
    }

    @Override
    public boolean publicityEnded(String programme, long applicationId) {
        calls.add("publicityEnded:" + programme + ":" + applicationId);
        return objectionsOpen;
    }

    @Override
    public LocalDate approved(String programme, long applicationId) {
        calls.add("approved:" + programme + ":" + applicationId);
        return followUpDue;
    }

    @Override
    public void refused(String programme, long applicationId) {
        calls.add("refused:" + programme + ":" + applicationId);
    }

    @Override
    public void milestoneOverdue(String programme, long applicationId, String milestone) {
        calls.add("milestoneOverdue:" + programme + ":" + applicationId + ":" + milestone);
    }

    @Override
    public void completed(String programme, long applicationId) {
        calls.add("completed:" + programme + ":" + applicationId);
    }

    @Override
    public void revoked(String programme, long applicationId, String kind) {
        calls.add("revoked:" + programme + ":" + applicationId + ":" + kind);
    }

    @Override
    public LocalDate listingRenewed(String programme, long applicationId) {
        calls.add("listingRenewed:" + programme + ":" + applicationId);
        return followUpDue;
    }

    @Override
    public void delisted(String programme, long applicationId) {
        calls.add("delisted:" + programme + ":" + applicationId);
    }
}
