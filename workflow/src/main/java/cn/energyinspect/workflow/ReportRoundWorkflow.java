package cn.energyinspect.workflow;

/**
 * The only way the application drives the filing rounds of the 能源利用状况报告 ({@code bpmn/report-round.bpmn}). Call
 * it inside the application's transaction.
 */
public interface ReportRoundWorkflow {

    /** Starts the round's process and returns its instance id; a round already running returns that instance. */
    String open(RoundStart start);

    /**
     * The province closes the round: only once its due day has passed and its missing list was drawn up.
     *
     * @throws RoundNotClosableException the round's process is not waiting to be closed (before the due day, or ended)
     */
    void close(long roundId);

    /** Whether the round's process still runs. */
    boolean running(long roundId);
}
