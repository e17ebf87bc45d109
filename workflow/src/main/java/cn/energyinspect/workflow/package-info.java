/**
 * Camunda glue: thin delegates, the working-day business calendar built on the rules module, and the one facade through
 * which the application drives processes. Declares the ports it needs and never touches SQL.
 *
 * <p>For the application: {@code @Import(WorkflowConfiguration.class)}, provide a {@link
 * cn.energyinspect.workflow.CaseLifecyclePort} bean, and drive cases only through {@link
 * cn.energyinspect.workflow.InspectionWorkflow}. The BPMN ({@code bpmn/site-inspection.bpmn} in the bpmn jar) is
 * deployed by the Camunda starter's classpath scan. An {@link cn.energyinspect.workflow.Actor}'s groups are what the
 * model's candidate groups compare with: {@code agency-<agencyId>-SUPERVISOR|INSPECTOR}, {@code enterprise-<uscc>}.
 */
package cn.energyinspect.workflow;
