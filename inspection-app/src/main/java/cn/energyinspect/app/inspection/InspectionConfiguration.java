package cn.energyinspect.app.inspection;

import cn.energyinspect.mobile.MobileApiConfiguration;
import cn.energyinspect.workflow.WorkflowConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Brings in the workflow module's Camunda glue (facade, delegates, working-day calendar) and the mobile API; this app
 * provides the ports both declare.
 */
@Configuration
@Import({WorkflowConfiguration.class, MobileApiConfiguration.class})
class InspectionConfiguration {}
