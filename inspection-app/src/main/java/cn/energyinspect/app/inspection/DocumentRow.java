package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code case_document}: an enforcement document of a case and the stored PDF with its SHA-256. */
public record DocumentRow(
        Long id,
        long caseId,
        String kind,
        String documentNumber,
        String status,
        String comment,
        String storageKey,
        String sha256,
        Long sizeBytes,
        LocalDate servedOn,
        Instant createdAt) {}
