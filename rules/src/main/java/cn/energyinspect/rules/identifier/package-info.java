/**
 * Identifiers of the supervised units: the 18-character unified social credit code (统一社会信用代码, GB 32100-2015).
 *
 * <p>{@link cn.energyinspect.rules.identifier.UnifiedSocialCreditCode#check(String)} reports every structural problem of
 * a code (length, characters outside the 31-character set, a wrong check character) as a {@link
 * cn.energyinspect.rules.identifier.UsccCheck}; an invalid code is a result, not an exception, because checking codes
 * is the point of the call.
 *
 * <p>Not checked, on purpose:
 *
 * <ul>
 *   <li>the check digit of the embedded GB 11714 organisation code (positions 9–17). It is reported as {@code
 *       organisationCodeConsistent} for information only: GB 32100 validity rests on the 18th character, and whether
 *       every registration authority (e.g. for 个体工商户) assigns GB 11714-conformant subject codes was not verified;
 *   <li>whether positions 3–8 are a current GB/T 2260 code: they keep the code as of registration, which may since
 *       have been retired. Look it up with {@code cn.energyinspect.rules.region.Regions} where that matters;
 *   <li>which registration-authority and organisation-type codes (positions 1–2) exist: the table of GB 32100 was not
 *       at hand.
 * </ul>
 */
package cn.energyinspect.rules.identifier;
