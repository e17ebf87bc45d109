/**
 * Penalty cases (行政处罚案件): the procedure of 行政处罚法 from a referral (or a manual 立案) to 结案, the public credit
 * record its decision produces (双公示), the record's delivery to the provincial credit platform, and credit repair.
 *
 * <p>This package holds the case itself: its row and status, the one place its status changes ({@link
 * cn.energyinspect.app.penalty.PenaltyTransitions}, with the audit row written with the change), the referral port the
 * inspection case calls ({@link cn.energyinspect.app.penalty.PenaltyReferrals}), the 处罚机关 each agency decides as,
 * and jurisdiction. Sub-packages: {@code steps} (one handler and one payload record per user task of {@code
 * penalty.bpmn} and {@code credit-publication.bpmn}, and what the processes tell the case), {@code paperwork} (the
 * eight documents, numbered and rendered by the shared renderer), {@code credit} (the CF record, its publication, the
 * platform outbox with its adapters, the public page, repair) and {@code api} (the HTTP API and its views).
 *
 * <p>The procedure's numbers (periods, fine ranges, hearing thresholds, severity tiers, publication windows) are the
 * rules library's sourced data ({@code rules/procedure/*.csv}); those tagged UNCONFIRMED are configurable and shown as
 * such by the API.
 */
package cn.energyinspect.app.penalty;
