package cn.energyinspect.app.security.events;

import cn.energyinspect.app.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security event log (GB/T 22239 安全审计): logins, throttling, tokens, denials and administrator actions, each
 * with the account, the acting user and the client address. Append-only: the database refuses updates, and deletes of
 * rows younger than six months; {@link #purge} removes what is past the retention.
 */
@Service
public class SecurityEvents {
    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int PURGE_BATCH = 1000;

    private final SecurityEventMapper mapper;
    private final ObjectMapper json;
    private final SecurityAuditProperties settings;
    private final Clock clock;

    SecurityEvents(SecurityEventMapper mapper, ObjectMapper json, SecurityAuditProperties settings, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records an event in the caller's transaction, if any; the client address is taken from the current request. */
    public void record(SecurityEventKind kind, String username, String actor, Map<String, ?> detail) {
        mapper.insert(
                new SecurityEvent(null, null, kind, clip(username), clip(actor), clientAddress(), toJson(detail)));
    }

    /** Like {@link #record}, for filters answering a request: a failure to write is logged, never thrown. */
    public void recordQuietly(SecurityEventKind kind, String username, String actor, Map<String, ?> detail) {
        try {
            record(kind, username, actor, detail);
        } catch (RuntimeException e) {
            log.error("S-SECURITY-EVENT-LOST kind={} user={}: {}", kind, username, e.toString());
        }
    }

    /** The newest events of users within the viewer's region; province-level viewers also see unknown names. */
    public List<SecurityEvent> list(
            CurrentUser viewer, String username, SecurityEventKind kind, Long beforeId, int limit) {
        String prefix = viewer.jurisdiction().regionPrefix();
        return mapper.find(prefix, prefix.length() <= 2, blankToNull(username), kind, beforeId, limit);
    }

    /**
     * Deletes the events past the retention, never one younger than six calendar months (counted in UTC and in
     * Asia/Shanghai, less a day, so the database's own six-month check never refuses the batch). Returns the count.
     */
    public int purge() {
        Instant now = clock.instant();
        Instant cutoff = earliest(
                now.minus(settings.retention()),
                now.atZone(ZoneOffset.UTC).minusMonths(6).toInstant(),
                now.atZone(BUSINESS_ZONE).minusMonths(6).toInstant());
        cutoff = cutoff.minus(Duration.ofDays(1));
        int total = 0;
        for (int deleted = PURGE_BATCH; deleted == PURGE_BATCH; ) {
            deleted = mapper.deleteOlderThan(cutoff, PURGE_BATCH);
            total += deleted;
        }
        if (total > 0) {
            record(
                    SecurityEventKind.SECURITY_EVENTS_PURGED,
                    null,
                    "system",
                    Map.of("deleted", total, "before", cutoff));
            log.info("S-SECURITY-EVENTS-PURGED deleted={} before={}", total, cutoff);
        }
        return total;
    }

    private static Instant earliest(Instant... instants) {
        Instant min = instants[0];
        for (Instant i : instants) {
            min = i.isBefore(min) ? i : min;
        }
        return min;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private String toJson(Map<String, ?> detail) {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a security event's detail", e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 64 ? text : text.substring(0, 64);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
