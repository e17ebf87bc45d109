package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.basis.Basis;

/**
 * One signal of the screening with its default outcome (desk/screening-rules.csv).
 *
 * @param code e.g. {@code OVER_QUOTA}
 * @param defaultOutcome what the platform does with it unless the province says otherwise
 * @param lawArticle the code of the 节约能源法 article it rests on ({@code procedure/law-articles.csv}), {@code null}
 *     for a policy that is not an article of the law
 * @param nameZh the signal as people read it
 * @param basis the default's source; the article's own basis is the procedure data's
 */
public record ScreeningRule(String code, SignalOutcome defaultOutcome, String lawArticle, String nameZh, Basis basis) {}
