/**
 * BPMN 2.0 and DMN models of EnergyInspect's processes (site inspection, campaign, desk review, conformity review,
 * project approval, credit reporting), one constants class per process with its element ids, messages, variables and
 * error codes. Models live under {@code src/main/resources/bpmn/}; every gateway branch, timer and error has a path
 * test. The processes arrive with the case-lifecycle and campaign issues.
 */
package cn.energyinspect.bpmn;
