package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * One signal of a screening with the outcome the province's rule set gives it.
 *
 * @param code a {@link Signals} code
 * @param outcome CASE or FLAG (OFF signals are dropped)
 * @param lawArticle the 节约能源法 article code it rests on, {@code null} for a policy
 * @param nameZh the signal as people read it
 * @param subject what it is about (a product, a piece of equipment, the report)
 * @param message the verdict's words, or the filing's
 * @param verdict the verdict it came from, {@code null} for the filing and last year's findings
 * @param basis the rule's basis and the verdict's
 */
public record Signal(
        String code,
        SignalOutcome outcome,
        String lawArticle,
        String nameZh,
        String subject,
        String message,
        Verdict verdict,
        List<Basis> basis) {

    public Signal {
        basis = List.copyOf(basis);
    }
}
