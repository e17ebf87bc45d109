package cn.energyinspect.app.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total every match in the caller's jurisdiction under the active filters (exact)
 * @param facets counts per value of {@code type, caseStatus, findingKind, ruleStandard, industry} and per region one
 *     tier below the selected region, computed over the same matches, largest first
 * @param next the cursor to pass as {@code after} for the next page, {@code null} on the last page
 */
record SearchResult(long total, List<SearchItem> items, Map<String, Map<String, Long>> facets, String next) {}
