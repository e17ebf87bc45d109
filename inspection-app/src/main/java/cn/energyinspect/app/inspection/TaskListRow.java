package cn.energyinspect.app.inspection;

import java.time.LocalDate;

/**
 * What a task list shows of a task's case: the case's row joined with its enterprise (name and address {@code null}
 * when the enterprise is not in the register), read for a whole page in one query.
 */
public record TaskListRow(
        long id,
        String enterpriseUscc,
        String regionCode,
        CaseStatus status,
        LocalDate visitDate,
        String enterpriseName,
        String enterpriseAddress) {}
