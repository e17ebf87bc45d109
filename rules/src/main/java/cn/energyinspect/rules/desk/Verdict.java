package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import java.math.BigDecimal;
import java.util.List;

/**
 * One check of one report, with the numbers it compared and its basis.
 *
 * @param check what was checked, e.g. {@code QUOTA_GRADE}, {@code BALANCE}, {@code EQUIPMENT} (see {@link Checks})
 * @param outcome how it came out
 * @param signal the screening signal raised ({@link Signals}) when {@code outcome} is SIGNAL or PENDING, else {@code
 *     null}
 * @param table the report table it reads, e.g. {@code 表4}
 * @param field where in the report, e.g. {@code products[0].value}
 * @param subject what it is about in words, e.g. 水泥熟料 熟料单位产品综合能耗
 * @param value the figure checked (declared, or computed from the declaration), {@code null} when none
 * @param threshold what it was held against (limit, recomputed value, tolerance bound), {@code null} when none
 * @param unit of {@code value} and {@code threshold}
 * @param grade a quota or efficiency grade (1–3), {@code null} when none or over the limit
 * @param level a class name: benchmark level, key-unit status, tariff rule code …, {@code null} when none
 * @param message the finding in Chinese, for people
 * @param basis every standard, edition, table or article it rests on
 * @param unconfirmed whether it rests on an UNCONFIRMED value (a default tolerance, a coefficient, a limit)
 */
public record Verdict(
        String check,
        VerdictOutcome outcome,
        String signal,
        String table,
        String field,
        String subject,
        BigDecimal value,
        BigDecimal threshold,
        String unit,
        Integer grade,
        String level,
        String message,
        List<Basis> basis,
        boolean unconfirmed) {

    public Verdict {
        basis = List.copyOf(basis);
        if ((outcome == VerdictOutcome.SIGNAL || outcome == VerdictOutcome.PENDING) != (signal != null)) {
            throw new IllegalArgumentException("a verdict names its signal exactly when it raises one: " + check);
        }
    }

    public boolean raises(String code) {
        return code.equals(signal);
    }
}
