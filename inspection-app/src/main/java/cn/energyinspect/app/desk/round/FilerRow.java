package cn.energyinspect.app.desk.round;

import java.time.Instant;

/** A row of {@code report_filer}: a unit that must file in a round, and how far it got. */
public record FilerRow(
        long roundId,
        String uscc,
        String regionCode,
        String basis,
        String status,
        Instant filedAt,
        int reminders,
        String reopenedBy,
        Instant reopenedAt,
        String reopenReason) {

    public static final String PENDING = "PENDING";
    public static final String ON_TIME = "ON_TIME";
    public static final String LATE = "LATE";
    public static final String MISSING = "MISSING";
}
