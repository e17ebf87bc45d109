package cn.energyinspect.app.inspection;

import java.time.Instant;

/** A row of {@code evidence_file}: what was uploaded, by whom, its sniffed media type, size and SHA-256. */
public record EvidenceRow(
        Long id,
        long caseId,
        Long answerId,
        Long findingId,
        String originalName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String storageKey,
        String uploadedBy,
        Instant uploadedAt) {}
