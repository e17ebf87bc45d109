package cn.energyinspect.rules.whitelist;

import cn.energyinspect.rules.basis.Basis;

/**
 * What one criterion added to the score.
 *
 * @param criterion the criterion
 * @param input the value scored, e.g. {@code BETWEEN} or {@code 1.05 × reference (2.10 万元/tce)}
 * @param band the band reached, e.g. {@code BETWEEN} or {@code ≥ 1.0}
 * @param points points of the band, 0-100
 * @param weight weight of the criterion, out of 100
 * @param score points × weight / 100: this criterion's share of the total
 * @param excludes whether the band bars the application whatever the total
 * @param basis where the weight and band come from
 */
public record Contribution(
        Criterion criterion,
        String input,
        String band,
        double points,
        double weight,
        double score,
        boolean excludes,
        Basis basis) {}
