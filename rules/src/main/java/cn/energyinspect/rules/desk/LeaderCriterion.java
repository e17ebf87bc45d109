package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;

/**
 * One 能效领跑者 criterion for one product.
 *
 * @param met {@code true} / {@code false}, or {@code null} when the report cannot show it (to be verified)
 */
public record LeaderCriterion(String code, String nameZh, Boolean met, String detail, Basis basis) {}
