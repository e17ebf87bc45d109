package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * Whether the intended penalty entitles the party to a hearing (行政处罚法 Art. 63), and why.
 *
 * @param offered the 告知书 must offer a hearing
 * @param reasons in Chinese, each kind or amount that gives the right (empty when not offered)
 * @param basis Art. 63 and, for an amount, the province's threshold row (often UNCONFIRMED)
 */
public record HearingRight(boolean offered, List<String> reasons, List<Basis> basis) {
    public HearingRight {
        reasons = List.copyOf(reasons);
        basis = List.copyOf(basis);
    }
}
