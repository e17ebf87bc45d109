package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import java.util.ArrayList;
import java.util.List;

/**
 * A province's screening of one unit (programmes.md §4.3): the filing status, last year's unrectified findings and
 * every signal of the report's verdicts, each given the outcome of the province's {@link RuleSet}; the risk class is
 * HIGH with any CASE, MEDIUM with any FLAG, LOW otherwise. A pure function.
 */
public final class Screening {
    private Screening() {}

    /**
     * @param filing whether and when the unit filed
     * @param assessment the report's checks, {@code null} when it did not file
     * @param unrectified descriptions of last year's findings not closed as rectified (e.g. a case number and its
     *     outcome); empty when none
     * @param rules the province's rule set
     */
    public static ScreeningOutcome screen(
            FilingStatus filing, ReportAssessment assessment, List<String> unrectified, RuleSet rules) {
        List<Signal> signals = new ArrayList<>();
        switch (filing) {
            case NOT_FILED -> add(signals, rules, Signals.NOT_FILED, "能源利用状况报告", "截止日前未报送能源利用状况报告", null);
            case LATE -> add(signals, rules, Signals.LATE, "能源利用状况报告", "能源利用状况报告在截止日后报送", null);
            case ON_TIME -> {}
        }
        for (String finding : unrectified) {
            add(signals, rules, Signals.UNRECTIFIED_FINDING, "上一年度监察发现", finding, null);
        }
        if (assessment != null) {
            for (Verdict verdict : assessment.verdicts()) {
                if (verdict.signal() != null) {
                    add(signals, rules, verdict.signal(), verdict.subject(), verdict.message(), verdict);
                }
            }
        }
        boolean anyCase = signals.stream().anyMatch(s -> s.outcome() == SignalOutcome.CASE);
        boolean anyFlag = signals.stream().anyMatch(s -> s.outcome() == SignalOutcome.FLAG);
        RiskClass risk = anyCase ? RiskClass.HIGH : anyFlag ? RiskClass.MEDIUM : RiskClass.LOW;
        return new ScreeningOutcome(signals, risk, anyCase);
    }

    private static void add(
            List<Signal> signals, RuleSet rules, String code, String subject, String message, Verdict verdict) {
        SignalOutcome outcome = rules.outcome(code);
        if (outcome == SignalOutcome.OFF) {
            return;
        }
        ScreeningRule rule = rules.rule(code);
        List<Basis> basis = new ArrayList<>();
        basis.add(rule.basis());
        if (verdict != null) {
            verdict.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add);
        }
        signals.add(new Signal(code, outcome, rule.lawArticle(), rule.nameZh(), subject, message, verdict, basis));
    }
}
