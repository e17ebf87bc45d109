/**
 * Desk review (书面监察) from the annual 能源利用状况报告 (节约能源法 Arts. 53, 54, 82; 国办发〔2024〕54号: written and
 * data review before visits).
 *
 * <ul>
 *   <li>{@code report}: the report by table (表1–表10 of the 2008 form, plus data-centre PUE), drafts, versioned
 *       submissions with reasons, the Excel template and upload, the province's batch import;
 *   <li>{@code round}: the filing round per year and region ({@code report-round.bpmn}): due date, reminders, the
 *       missing list (Art. 82 candidates), closing, reopening for one unit;
 *   <li>{@code screening}: every submitted version checked by {@code rules.desk} (verdicts with their basis), the key
 *       unit recomputed for next year, and a province's rule set turning the verdicts into signals, a risk class and
 *       desk-case candidates;
 *   <li>{@code review}: the desk case. It is an inspection case (type DESK, trigger DESK_SCREENING: numbered, listed,
 *       indexed and audited like every case, its status moved only by {@code CaseTransitions}), but its written phase
 *       runs in a process of its own, {@code desk-review.bpmn} — confirm the signals, the 书面监察通知书 asking for
 *       documents, the written answer, the review — because that phase has no team visit, no on-site record and an
 *       enterprise step before the review, none of which the site-inspection path has. Its outcomes reuse the case
 *       process instead of copying it: rectification continues the same case in {@code site-inspection} at its
 *       rectification notice (Art. 54, without the 5-day notice and the visit), escalation opens an ON_SITE case;
 *   <li>{@code benchmark}: peers of the same product in the province (a position only with enough peers, the peers
 *       anonymous), 能效领跑者 candidates.
 * </ul>
 *
 * <p>What the screening feeds lives where it is used: the risk class is the RISK_CLASS stratum of the next plan's draw
 * ({@code campaign.drawing}, the pool query), last year's unrectified violators are proposed as the plan's 复查 named
 * targets ({@code campaign.plan.FollowUpTargets}), and the dashboard's desk figures are {@code
 * dashboard.DeskDashboard}.
 */
package cn.energyinspect.app.desk;
