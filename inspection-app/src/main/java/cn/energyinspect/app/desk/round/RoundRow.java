package cn.energyinspect.app.desk.round;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code report_round}. */
public record RoundRow(
        long id,
        int reportYear,
        String regionCode,
        long agencyId,
        LocalDate dueDate,
        String reminderDays,
        String status,
        String processInstanceId,
        String openedBy,
        Instant openedAt,
        Instant missingListedAt,
        String closedBy,
        Instant closedAt) {

    public static final String OPEN = "OPEN";
    public static final String DUE_PASSED = "DUE_PASSED";
    public static final String CLOSED = "CLOSED";
}
