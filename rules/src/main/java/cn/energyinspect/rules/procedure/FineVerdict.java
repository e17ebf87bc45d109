package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;

/**
 * A proposed fine against the range of the article it rests on.
 *
 * @param allowed the amount lies within the range (both ends inclusive), or no fine was proposed where none is set
 * @param minYuan lowest fine of the article, {@code null} when it sets none
 * @param maxYuan highest fine, {@code null} when it sets none
 * @param message why not, in Chinese; {@code null} when allowed
 * @param basis the article
 */
public record FineVerdict(boolean allowed, Long minYuan, Long maxYuan, String message, Basis basis) {}
