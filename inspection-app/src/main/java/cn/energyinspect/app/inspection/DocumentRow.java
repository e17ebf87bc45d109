package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code case_document}: an enforcement document of a case and the stored PDF with its SHA-256.
 *
 * @param round the inspection round it belongs to
 * @param documentNumber its 文号 once issued (each kind numbered in its own series); {@code null} while a draft
 * @param status {@code DRAFT}, {@code RETURNED}, {@code APPROVED}, {@code SERVED}, or {@code SUPERSEDED} (replaced by
 *     {@code supersededBy}, kept on file)
 */
public record DocumentRow(
        Long id,
        long caseId,
        int round,
        String kind,
        String documentNumber,
        String status,
        String comment,
        String storageKey,
        String sha256,
        Long sizeBytes,
        LocalDate servedOn,
        Instant createdAt,
        Long supersededBy,
        String issuedBy) {}
