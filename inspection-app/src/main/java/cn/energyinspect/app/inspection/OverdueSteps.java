package cn.energyinspect.app.inspection;

/**
 * Open cases with a step past its time, counted by the SQL fragment {@code CaseMapper.overdueStepSums} (one
 * definition for every roll-up): the visit date passed before the inspection ({@code visits}), the rectification
 * deadline passed without an answer ({@code rectifications}), the rectification notice was served late and the case
 * is still open ({@code notices}).
 */
public record OverdueSteps(long visits, long rectifications, long notices) {
    public static final OverdueSteps NONE = new OverdueSteps(0, 0, 0);

    public OverdueSteps plus(OverdueSteps other) {
        return new OverdueSteps(visits + other.visits, rectifications + other.rectifications, notices + other.notices);
    }

    public long total() {
        return visits + rectifications + notices;
    }
}
