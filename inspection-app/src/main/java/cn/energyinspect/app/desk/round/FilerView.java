package cn.energyinspect.app.desk.round;

import java.time.Instant;

/** A unit of a round's list, with its name and region. */
public record FilerView(
        String uscc,
        String enterpriseName,
        String regionCode,
        String basis,
        String status,
        String statusLabel,
        Instant filedAt,
        int reminders,
        boolean reopened) {}
