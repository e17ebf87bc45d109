package cn.energyinspect.workflow;

/** {@link ApprovalWorkflow} of the white-list process ({@code bpmn/white-list.bpmn}). */
public interface WhiteListWorkflow extends ApprovalWorkflow {}
