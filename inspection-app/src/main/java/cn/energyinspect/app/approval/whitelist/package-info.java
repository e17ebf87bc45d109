/**
 * 白名单 (programmes.md §3): the application's scorecard inputs and the pre-check by the rules library's {@code
 * WhitelistScorecard} with the province's own weights, pass mark and reference 能源产出率. No national rule exists, so
 * every one of them is a per-province setting and the verdict says whether the province confirmed it.
 */
package cn.energyinspect.app.approval.whitelist;
