/**
 * Full-text search over EnergyInspect's records: {@code GET /api/v1/search}, always on the alias {@link
 * cn.energyinspect.app.search.SearchFields#ALIAS} (configurable as {@code energyinspect.search.index-alias}).
 *
 * <h2>Jurisdiction</h2>
 *
 * {@link cn.energyinspect.app.search.query.Visibility} turns the caller into a {@code filter} clause that every search
 * carries, whatever the parameters: an agency user gets {@code term regionChain = <its region>} (the chain holds the
 * province, city and county codes of each record, so one term covers a whole tier); an enterprise user gets {@code
 * term enterpriseUscc = <its code>} and an allow-list of record types. Parameters only add further {@code filter}
 * clauses, so a {@code regionCode} outside the jurisdiction narrows to nothing instead of widening it, and a code typed
 * into {@code q} matches only records the caller could see anyway. A user without a well-formed region (or an
 * enterprise user without a code) sees nothing.
 *
 * <p>Enterprise users see {@code ENTERPRISE, CASE, FINDING, DOCUMENT, ANSWER, REVIEW} of their own enterprise — what
 * the enterprise portal shows them (its case, the findings it must answer, the documents served on it, its answers
 * and their reviews). {@code EVIDENCE} is the agency's case file (on-site photos, recordings) and stays internal.
 * The list is an allow-list so a type added later is hidden until someone decides otherwise.
 *
 * <h2>Free text cannot inject a query</h2>
 *
 * {@code q} goes only into {@code multi_match} queries (which analyse the text but parse no syntax) and, when it looks
 * like a code (no blanks, contains a digit), into {@code term} queries on the keyword fields {@code documentNumber},
 * {@code caseNumber} and {@code enterpriseUscc}. There is no {@code query_string}, so {@code title:* OR (} is just
 * text. Highlights are HTML-encoded by Elasticsearch before {@code <em>} is added, so indexed text cannot inject markup
 * into the page that shows them.
 *
 * <h2>Paging</h2>
 *
 * Deep paging uses {@code search_after} with a tiebreaker on {@code id}; the {@code next} cursor is opaque (base64url
 * of the sort mode and sort values) and is checked on the way back in, so a forged cursor is a 422, never a 500.
 */
package cn.energyinspect.app.search.query;
