package cn.energyinspect.app.search.indexing;

import java.time.Instant;

/** An outbox row as the admin endpoint shows it. */
public record ParkedRow(
        long id,
        String entity,
        String entityKey,
        int attempts,
        boolean parked,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt) {}
