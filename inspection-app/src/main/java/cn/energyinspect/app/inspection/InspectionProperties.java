package cn.energyinspect.app.inspection;

import cn.energyinspect.rules.procedure.Procedure;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Case settings under {@code energyinspect.inspection}; the statutory defaults come from the rules library's procedure
 * data ({@code procedure/periods.csv}, with their sources), a province may set its own.
 *
 * @param noticeDaysBeforeVisit the written notice is served at least this many days before an on-site visit (5,
 *     节能监察办法, PAGE)
 * @param statementWorkingDays working days the enterprise has to state its case (陈述) before the notice is drafted
 *     (not fixed nationally: set by the province; 3 by default, UNCONFIRMED)
 * @param maxRectificationMonths a rectification deadline further than this from today is refused as a typo (24)
 * @param maxExtensionMonths an extension may move the deadline at most this far (12)
 */
@ConfigurationProperties("energyinspect.inspection")
public record InspectionProperties(
        int noticeDaysBeforeVisit, int statementWorkingDays, int maxRectificationMonths, int maxExtensionMonths) {
    public InspectionProperties {
        Procedure procedure = Procedure.standard();
        noticeDaysBeforeVisit = noticeDaysBeforeVisit <= 0
                ? procedure.period(Procedure.NOTICE_DAYS_BEFORE_VISIT).value()
                : noticeDaysBeforeVisit;
        statementWorkingDays = statementWorkingDays <= 0
                ? procedure.period(Procedure.STATEMENT_WORKING_DAYS).value()
                : statementWorkingDays;
        maxRectificationMonths = maxRectificationMonths <= 0 ? 24 : maxRectificationMonths;
        maxExtensionMonths = maxExtensionMonths <= 0 ? 12 : maxExtensionMonths;
    }
}
