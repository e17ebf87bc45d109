package cn.energyinspect.workflow;

/**
 * The only way the application starts desk reviews ({@code bpmn/desk-review.bpmn}) and hands a desk case that orders
 * rectification over to the site-inspection process. Their tasks are worked through {@link InspectionWorkflow}'s task
 * list like every case's. Call it inside the application's transaction.
 */
public interface DeskReviewWorkflow {

    /** Starts the desk review of the case (business key = case number); one already running returns that instance. */
    String startDeskReview(DeskReviewStart start);

    /**
     * The desk review ordered rectification (节约能源法 Art. 54): the same case continues in site-inspection at its
     * rectification notice, with the reviewers as its team, no visit and no statement period (the written answer was
     * the enterprise's say). The 20-day service limit runs from {@code reviewedAt}.
     *
     * @param start the case as site-inspection knows it; its {@code drawnTeam} is the reviewers
     * @param reviewedAt when the desk review concluded, an ISO date-time with offset
     * @param findingCount the confirmed findings the notice must cover (at least one)
     * @return the new process instance id
     */
    String continueAtRectification(CaseStart start, String reviewedAt, int findingCount);
}
