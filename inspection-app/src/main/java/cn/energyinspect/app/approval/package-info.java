/**
 * Project approvals (项目审批): capacity-replacement plans (产能置换, programmes.md §2) and the white-list (白名单, §3)
 * on one skeleton — apply (drafts with a pre-check on every save), holds from open violations re-checked at every
 * step, city → province review with returns and versions, 公示 for a per-province number of working days (both ends
 * counted) with anonymous objections, decision with 公告 and 批复, suspension or withdrawal, follow-ups.
 *
 * <p>The stage and the clocks are the process's ({@code capacity-replacement.bpmn}, {@code white-list.bpmn}, through
 * {@link cn.energyinspect.workflow.CapacityReplacementWorkflow} and {@link cn.energyinspect.workflow.WhiteListWorkflow});
 * everything else is in the {@code approval_*} tables. Every status change goes through {@link
 * cn.energyinspect.app.approval.ApprovalTransitions}, written with its audit row and search outbox row. What the
 * process does on its own (the 公示 starting and ending, the decision's documents, an overdue follow-up) arrives
 * through {@link cn.energyinspect.app.approval.ApprovalLifecycleAdapter}.
 *
 * <p>Sub-packages hold each programme's form and pre-check: {@code capacity} (the rules library's {@code
 * CapacityReplacement} and {@code DoubleUse}), {@code whitelist} ({@code WhitelistScorecard} with the province's
 * weights). Every per-province number (公示 days, dismantling period, weights, pass mark, validity) is a setting of
 * {@link cn.energyinspect.app.approval.ApprovalProperties}, shown with its confidence, never a hidden constant.
 */
package cn.energyinspect.app.approval;
