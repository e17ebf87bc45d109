/**
 * Capacity replacement (产能置换) for steel, cement clinker and flat glass (regulations.md §6.1–6.3).
 *
 * <p>Entry point {@link cn.energyinspect.rules.capacity.CapacityReplacement#check}. All numbers and lists are data
 * under {@code rules/capacity/}: {@code ratios.csv} (required ratios by industry, case and region class), {@code
 * regions.csv} (key-region and other region lists by GB/T 2260 code), {@code flags.csv} (conditions on exiting capacity
 * and on the project), {@code process-types.csv} (equal replacement, exemptions, case-by-case).
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li>The ratio rows in force on the plan's date are used; with none (e.g. steel before 2021-06-01) the result is
 *       {@code REVIEW} with {@code NO_EDITION_LOADED}: never the neighbouring edition.
 *   <li>Process type: {@code EXEMPT} (photovoltaic rolled glass; technical upgrade without expansion; industrial flat
 *       glass ≤ 150 t/d) ends with {@code EXEMPT}; {@code CASE_BY_CASE} (一事一议 by MIIT) ends with {@code REVIEW};
 *       {@code EQUAL} (the six steel cases incl. Qinghai / Tibet by region; industrial-by-product-gypsum cement in the
 *       listed provinces, {@code REVIEW} outside them because only two of the five provinces are known) sets the base
 *       case to 1 : 1.
 *   <li>Region: the project's code is looked up in the industry's key-region list with {@code RegionCodes.isWithin}, so
 *       a county lies within a listed city or province. Key region → key ratio, else the other-region ratio.
 *   <li>Each exiting capacity gets its own ratio: the base case; {@code MERGER_COMPLETED} (steel) replaces the normal
 *       ratio with the merger ratio; {@code RESTRICTED_CATEGORY} and a different province (cement: cross-province
 *       ≥ 2 : 1) are floors, the highest applying. An {@code INELIGIBLE} flag (奖补资金, 地条钢, 落后产能, …) excludes
 *       the capacity and rejects the plan whatever the ratio (§11 #22).
 *   <li>The plan passes when {@code Σ exit_i / ratio_i ≥ new} (relative tolerance 1e-12, so a plan exactly at the
 *       ratio passes). The reported {@code requiredRatio} is the common ratio, or the blended {@code Σ exit / Σ (exit /
 *       ratio)} when capacities differ; {@code actualRatio} is eligible exit ÷ new; {@code minimumExitCapacity} is new ×
 *       required.
 *   <li>Project flags: a province that missed its capacity target may not receive capacity from another province; no
 *       steel smelting outside compliant parks in the Yangtze River Economic Belt. Either rejects the plan.
 * </ol>
 *
 * Decision: {@code REJECT} if the ratio is not met, any exiting capacity is ineligible, or a project flag rejects;
 * otherwise {@code PASS}. Every reason carries its basis; {@code unconfirmed} is set when any of them is UNCONFIRMED
 * (the cement / glass key-region list always is).
 *
 * <p>Rules of procedure ({@code procedure.csv}), added after the ratio: the steel suspension from 2024-08-23
 * (工业和信息化部办公厅 notice of 2024-08-20) answers {@code SUSPENDED} with its basis, by date, so revised steel rules
 * reopen it by data; a cross-province cement / glass plan from 2024-11-01 gets {@code HEARING_REQUIRED}; clinker lines
 * are used whole ({@code WHOLE_LINE_ONLY}). The 2024 cement / glass edition (in force 2024-11-01, ratios unchanged) is
 * loaded as rows of its own, with its new ineligible capacity ({@code BELOW_BASELINE_EFFICIENCY},
 * {@code LOW_EFFICIENCY_OPERATION}, {@code ELIMINATION_CATEGORY}, {@code NO_DISCHARGE_PERMIT}) and the import limit
 * ({@code IMPORT_RESTRICTED_PROVINCE}). {@link cn.energyinspect.rules.capacity.DoubleUse} finds exiting lines that
 * another plan already uses (the register is the caller's).
 *
 * <p>Not encoded: electrolytic aluminium (§6.4, all UNCONFIRMED), the requirement that new 2024 lines reach the
 * 能效标杆水平 (kept in the draft; whether the final text did is UNCONFIRMED), and the 公示 period, which is a
 * per-province setting of the approval workflow. Separate replacement of ironmaking and steelmaking capacity is the
 * caller's: submit one plan per kind.
 *
 * <p>The check's hot path uses no regular expressions or streams; the lists are small and scanned by prefix.
 */
package cn.energyinspect.rules.capacity;
