package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.benchmark.BenchmarkTrack;
import java.util.List;
import java.util.Map;

/** Everything needed to grade one product/indicator, precomputed at load so grading only compares numbers. */
final class IndicatorRules {
    final String product;
    final String indicator;
    final String unit;
    final String productNameZh;
    final String nameZh;
    final boolean negativeAllowed;
    /** Sorted by effective date; never overlapping. */
    final Edition[] editions;
    /** The conditions this product accepts, across its indicators and editions. */
    final Map<String, ConditionSpec> productConditions;

    final String knownConditionsText;
    final String standardsText;
    final String editionsText;
    /** The NDRC benchmark of the same product and indicator, or {@code null}. */
    final BenchmarkTrack benchmark;

    IndicatorRules(
            String product,
            String indicator,
            String unit,
            String productNameZh,
            String nameZh,
            boolean negativeAllowed,
            List<Edition> editions,
            Map<String, ConditionSpec> productConditions,
            BenchmarkTrack benchmark) {
        this.product = product;
        this.indicator = indicator;
        this.unit = unit;
        this.productNameZh = productNameZh;
        this.nameZh = nameZh;
        this.negativeAllowed = negativeAllowed;
        this.editions = editions.toArray(Edition[]::new);
        this.productConditions = Map.copyOf(productConditions);
        this.knownConditionsText = productConditions.isEmpty()
                ? "none"
                : String.join(", ", productConditions.keySet().stream().sorted().toList());
        this.standardsText = String.join(
                " / ", editions.stream().map(e -> e.basis.standard()).distinct().toList());
        this.editionsText =
                String.join(", ", editions.stream().map(Edition::describe).toList());
        this.benchmark = benchmark;
    }

    Edition editionOn(long day) {
        for (Edition e : editions) {
            if (e.inForce(day)) {
                return e;
            }
        }
        return null;
    }

    /** The first loaded edition taking effect after {@code day}, or {@code null}. */
    Edition nextAfter(long day) {
        for (Edition e : editions) {
            if (e.fromDay > day) {
                return e;
            }
        }
        return null;
    }

    /** The last loaded edition that ended before {@code day}, or {@code null}. */
    Edition lastBefore(long day) {
        Edition last = null;
        for (Edition e : editions) {
            if (e.toDay < day) {
                last = e;
            }
        }
        return last;
    }
}
