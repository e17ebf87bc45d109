/**
 * The steps of a penalty case: one {@link cn.energyinspect.app.penalty.steps.PenaltyStep} per user task of {@code
 * penalty.bpmn} and {@code credit-publication.bpmn}, each with one payload record (validated at the edge, 422 naming
 * each field, nothing changed), the data it records and the few variables the process needs; {@link
 * cn.energyinspect.app.penalty.steps.PenaltyTasks} lists and completes them for the people they are offered to, and
 * {@link cn.energyinspect.app.penalty.steps.ProcessEvents} is what the procedure tells the case (periods over, limits
 * missed, the decision served, the case closed).
 */
package cn.energyinspect.app.penalty.steps;
