package cn.energyinspect.app.inspection;

import cn.energyinspect.workflow.WorkflowConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Brings in the workflow module's Camunda glue (facade, delegates, working-day calendar); this app provides its port. */
@Configuration
@Import(WorkflowConfiguration.class)
class InspectionConfiguration {}
