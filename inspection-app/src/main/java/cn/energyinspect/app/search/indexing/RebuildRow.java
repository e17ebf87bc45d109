package cn.energyinspect.app.search.indexing;

import java.time.Instant;

/** A rebuild and its progress, as {@code GET /api/v1/admin/search/rebuild/{id}} shows it. */
public record RebuildRow(
        long id,
        String kind,
        String targetIndex,
        String state,
        long documentsTotal,
        long documentsDone,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        String error) {}
