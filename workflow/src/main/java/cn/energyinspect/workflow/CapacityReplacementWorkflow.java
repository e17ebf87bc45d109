package cn.energyinspect.workflow;

/** {@link ApprovalWorkflow} of the capacity-replacement process ({@code bpmn/capacity-replacement.bpmn}). */
public interface CapacityReplacementWorkflow extends ApprovalWorkflow {}
