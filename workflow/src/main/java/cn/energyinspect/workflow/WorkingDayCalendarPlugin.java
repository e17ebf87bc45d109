package cn.energyinspect.workflow;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Puts {@link WorkingDayBusinessCalendar} in place of the engine's {@code duration} and {@code duedate} calendars (the
 * {@code cycle} calendar stays). A Spring bean of this type is picked up by the Camunda Spring Boot starter.
 */
final class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {
    private final WorkingDayBusinessCalendar calendar;

    WorkingDayCalendarPlugin(WorkingDayBusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager manager = configuration.getBusinessCalendarManager();
        if (!(manager instanceof MapBusinessCalendarManager calendars)) {
            throw new IllegalStateException("cannot register the working-day calendar with " + manager);
        }
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, calendar);
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, calendar);
    }
}
