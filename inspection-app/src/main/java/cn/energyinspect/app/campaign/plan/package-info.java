/**
 * Campaign plans (监察计划) of the three agency tiers and their split down the tiers (issue 5; regulations.md §1.4,
 * §1.5 step 1).
 *
 * <p>A plan belongs to one agency. A province plan is split into one sub-plan per city agency of the province, a city
 * plan into one per county agency of the city; a county plan is not split. Each sub-plan is issued to its agency,
 * which accepts it or returns it with a reason. Only a plan its own agency holds (a top-level {@code DRAFT} or an
 * {@code ACCEPTED} sub-plan) can be split further, so an agency never splits work it has not taken on.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Quota covers the region.</b> A plan's {@code quota} is the number of targets to draw in its whole region,
 *       sub-plans included. The children's quotas may add up to less than the parent's; the rest ({@code ownQuota =
 *       quota - Σ children}) is drawn by the parent agency itself (e.g. a province's directly supervised units).
 *       More than the parent's quota is refused, naming the excess. So across three tiers a county's quota is bounded
 *       by its city's, which is bounded by the province's.
 *   <li><b>Re-splitting reconciles.</b> A split request lists the complete set of children. An existing child of an
 *       agency that is listed is re-issued with the new quota (a returned child is how the parent "changes and
 *       re-issues" it); one not listed is withdrawn. An {@code ACCEPTED} child cannot be changed or withdrawn (409):
 *       the lower agency has already built on it. Listing it with its unchanged quota is allowed.
 *   <li><b>Jurisdiction.</b> A user sees the plans of its region and below, plus the higher plans that its own plans
 *       were split from (a county sees the city and province plans above its plan, never a sibling county's plan).
 *       Anything else answers 404. Enterprise users see no plans.
 *   <li><b>Who acts.</b> Create and split: a SUPERVISOR or PROVINCE_ADMIN of the plan's agency. Accept and return:
 *       the same roles of the sub-plan's agency. A user who can see the plan but is not of its agency gets 403.
 *   <li><b>Named targets</b> (national list, 复查, complaints) are enterprises of the register within the plan's region,
 *       included without a draw and not counted in {@code quota}, which is the number to draw. On a split each child
 *       gets a copy of the parent's named targets that lie in its region (a national list flows down to the county
 *       that will inspect); the lowest plan holding a named target is the one that executes it.
 *   <li>Sub-plans copy year, title, type, checklist, scope and deadlines from the parent; the lower tier may narrow
 *       them in a later slice.
 * </ul>
 *
 * <p>Every change is in the audit log (entity {@code campaign_plan}).
 */
package cn.energyinspect.app.campaign.plan;
