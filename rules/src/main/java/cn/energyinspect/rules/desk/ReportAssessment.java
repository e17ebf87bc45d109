package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.energy.KeyUnitVerdict;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every check of one report.
 *
 * @param verdicts in the order of the report's tables
 * @param recomputedTotalTce 表2 converted with GB/T 2589, {@code null} when 表2 is empty
 * @param keyUnit the 重点用能单位 class of that total (who must file next year), {@code null} when 表2 is empty
 * @param conversionConfidence the weakest coefficient used, {@code null} when 表2 is empty
 */
public record ReportAssessment(
        List<Verdict> verdicts,
        BigDecimal recomputedTotalTce,
        KeyUnitVerdict keyUnit,
        Confidence conversionConfidence) {

    public ReportAssessment {
        verdicts = List.copyOf(verdicts);
    }

    /** The verdicts raising {@code signal}. */
    public List<Verdict> raising(String signal) {
        return verdicts.stream().filter(v -> v.raises(signal)).toList();
    }

    /** The verdicts of {@code check}. */
    public List<Verdict> of(String check) {
        return verdicts.stream().filter(v -> v.check().equals(check)).toList();
    }
}
