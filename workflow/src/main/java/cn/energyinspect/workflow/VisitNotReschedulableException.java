package cn.energyinspect.workflow;

/** The case has no visit waiting (the on-site record is signed, or the case is closed): nothing to move. */
public class VisitNotReschedulableException extends RuntimeException {
    public VisitNotReschedulableException(long caseId) {
        super("case " + caseId + " has no visit waiting to be rescheduled");
    }
}
