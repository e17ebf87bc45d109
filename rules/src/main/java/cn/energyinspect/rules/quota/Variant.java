package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Interval;
import java.util.List;

/**
 * One table row of an edition: the grade limits, selected by a plant condition where the standard has several rows
 * (electric arc furnace by capacity). {@code range} is {@code null} when the edition has a single row.
 */
final class Variant {
    final Interval range;
    /** Index 1..3; {@code NaN} where the grade is undefined. */
    final double[] base;

    final Limits tableLimits;
    final List<String> unconfirmedLimits;

    Variant(Interval range, double[] base, List<String> unconfirmedLimits) {
        this.range = range;
        this.base = base;
        this.tableLimits = new Limits(boxed(base[1]), boxed(base[2]), boxed(base[3]));
        this.unconfirmedLimits = List.copyOf(unconfirmedLimits);
    }

    static Double boxed(double limit) {
        return Double.isNaN(limit) ? null : limit;
    }
}
