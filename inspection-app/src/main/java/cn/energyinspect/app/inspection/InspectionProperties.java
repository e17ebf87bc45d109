package cn.energyinspect.app.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Case settings under {@code energyinspect.inspection}.
 *
 * @param noticeDaysBeforeVisit the written notice is served at least this many days before an on-site visit
 *     (regulations.md §1.2: 5 days, PAGE; article number UNCONFIRMED)
 * @param statementWorkingDays working days the enterprise has to state its case (陈述) before the notice is drafted
 *     (not fixed nationally: set by the province)
 */
@ConfigurationProperties("energyinspect.inspection")
public record InspectionProperties(int noticeDaysBeforeVisit, int statementWorkingDays) {
    public InspectionProperties {
        noticeDaysBeforeVisit = noticeDaysBeforeVisit <= 0 ? 5 : noticeDaysBeforeVisit;
        statementWorkingDays = statementWorkingDays <= 0 ? 3 : statementWorkingDays;
    }
}
