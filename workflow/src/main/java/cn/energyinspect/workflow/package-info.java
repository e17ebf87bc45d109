/**
 * Camunda glue: thin delegates, the working-day business calendar built on the rules module, and the one facade through
 * which the application drives processes. Declares the ports it needs and never touches SQL.
 *
 * <p>For the application: {@code @Import(WorkflowConfiguration.class)}, provide a {@link
 * cn.energyinspect.workflow.CaseLifecyclePort} and a {@link cn.energyinspect.workflow.CampaignPort} bean, drive cases
 * only through {@link cn.energyinspect.workflow.InspectionWorkflow}, campaign plans only through {@link
 * cn.energyinspect.workflow.CampaignWorkflow} and penalty cases (with their credit publication) only through {@link
 * cn.energyinspect.workflow.PenaltyWorkflow}; provide a {@link cn.energyinspect.workflow.PenaltyPort} and a {@link
 * cn.energyinspect.workflow.CreditPublicationPort} for the latter. The models ({@code bpmn/site-inspection.bpmn}, {@code
 * bpmn/campaign.bpmn} in the bpmn jar) are deployed by the Camunda starter's classpath scan ({@code
 * classpath*:**}{@code /*.bpmn}). An {@link cn.energyinspect.workflow.Actor}'s groups are what the
 * model's candidate groups compare with: {@code agency-<agencyId>-SUPERVISOR|INSPECTOR}, {@code enterprise-<uscc>}.
 */
package cn.energyinspect.workflow;
