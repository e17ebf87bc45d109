/**
 * The desk review (书面监察) of the annual 能源利用状况报告 (节约能源法 Arts. 53, 54, 82): every check the rules library
 * can run over a report, and the screening that turns their verdicts into signals, a risk class and candidates for a
 * desk-review case.
 *
 * <ul>
 *   <li>{@link cn.energyinspect.rules.desk.ReportChecks}: conversion to tce (GB/T 2589) and the key-unit class, the
 *       report's internal consistency within tolerances (uses add up to the total, the energy balance closes, unit
 *       consumption = energy ÷ output), the quota grade of every unit consumption by the edition in force in the
 *       report year with its corrections, the 标杆/基准 position, equipment against the mandatory standards and the
 *       elimination catalogue, data-centre PUE (GB 40879 and the Action Plan's target) and the tariff consequences.
 *       Each {@link cn.energyinspect.rules.desk.Verdict} carries the numbers it compared and its basis.
 *   <li>{@link cn.energyinspect.rules.desk.Screening}: a province's {@link cn.energyinspect.rules.desk.RuleSet} (an
 *       outcome per signal, CASE / FLAG / OFF, and every threshold) applied to the verdicts, the filing status and last
 *       year's unrectified findings.
 *   <li>{@link cn.energyinspect.rules.desk.PeerRanking}: a unit consumption's position among its peers;
 *       {@link cn.energyinspect.rules.desk.LeaderCandidacy}: the 能效领跑者 criteria that the report can show.
 * </ul>
 *
 * Every threshold is a row of {@code desk/parameters.csv} with its source; every default outcome a row of
 * {@code desk/screening-rules.csv}. No national value exists for the tolerances, the year-on-year limit or the audit
 * cycle: those rows are UNCONFIRMED defaults, and each verdict resting on one says so.
 */
package cn.energyinspect.rules.desk;
