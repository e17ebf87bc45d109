/**
 * 产能置换方案 (programmes.md §2): the plan's form with its exiting lines, and the pre-check on every save — the rules
 * library's ratio and eligibility check by the plan's date (the 2021 and 2024 editions, the steel suspension from
 * 2024-08-23), the 排污许可证 rule applied from the line's permit number, and the double-use register across all plans.
 */
package cn.energyinspect.app.approval.capacity;
