package cn.energyinspect.app.security.events;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One row of {@code security_event}; {@code detail} is a JSON object. */
public record SecurityEvent(
        Long id,
        Instant at,
        SecurityEventKind kind,
        String username,
        String actor,
        String clientAddress,
        @JsonRawValue String detailJson) {}
