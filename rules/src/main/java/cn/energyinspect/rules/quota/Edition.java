package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;

/** One edition of a quota standard for one product/indicator, with its table rows and corrections. */
final class Edition {
    final Basis basis;
    final long fromDay;
    final long toDay;
    /** The condition selecting a {@link Variant}, or {@code null} when there is one row. */
    final String variantCondition;
    /** The edition this one replaced for this product (not loaded), e.g. {@code GB 21256-2013}; empty if unknown. */
    final String replaces;

    final Variant[] variants;
    /** All corrections in file order. */
    final CorrectionRule[] rules;
    /** Index 1..3: the corrections of that grade, in file order. */
    final CorrectionRule[][] rulesByGrade;

    Edition(Basis basis, String variantCondition, String replaces, Variant[] variants, CorrectionRule[] rules) {
        this.basis = basis;
        this.replaces = replaces;
        this.fromDay = basis.effectiveFrom() == null
                ? Long.MIN_VALUE
                : basis.effectiveFrom().toEpochDay();
        this.toDay = basis.effectiveTo() == null
                ? Long.MAX_VALUE
                : basis.effectiveTo().toEpochDay();
        this.variantCondition = variantCondition;
        this.variants = variants;
        this.rules = rules;
        this.rulesByGrade = new CorrectionRule[4][];
        this.rulesByGrade[0] = new CorrectionRule[0];
        for (int g = 1; g <= 3; g++) {
            int grade = g;
            this.rulesByGrade[g] = java.util.Arrays.stream(rules)
                    .filter(r -> r.appliesToGrade(grade))
                    .toArray(CorrectionRule[]::new);
        }
    }

    boolean inForce(long day) {
        return day >= fromDay && day <= toDay;
    }

    Variant variantFor(Double selector) {
        if (variantCondition == null) {
            return variants[0];
        }
        if (selector == null) {
            return null;
        }
        for (Variant v : variants) {
            if (v.range.contains(selector)) {
                return v;
            }
        }
        return null;
    }

    /** {@code GB 21256-2025 from 2026-07-01}, for messages. */
    String describe() {
        return basis.reference()
                + (basis.effectiveFrom() == null ? "" : " from " + basis.effectiveFrom())
                + (basis.effectiveTo() == null ? "" : " to " + basis.effectiveTo());
    }
}
