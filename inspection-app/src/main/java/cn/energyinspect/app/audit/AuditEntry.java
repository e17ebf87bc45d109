package cn.energyinspect.app.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One line of the audit trail; {@code before} and {@code after} are JSON documents. */
public record AuditEntry(
        Long id,
        Long caseId,
        String entity,
        String entityId,
        String action,
        String actor,
        Instant at,
        @JsonRawValue String beforeJson,
        @JsonRawValue String afterJson) {}
