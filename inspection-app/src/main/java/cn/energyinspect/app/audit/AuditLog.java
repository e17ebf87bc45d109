package cn.energyinspect.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The append-only audit trail: who changed what, when, with the state before and after. Written in the same
 * transaction as the change it records. There is no update or delete, in the code or in the database (triggers refuse
 * both). Each row keeps the client address of the request that made the change.
 */
@Component
public class AuditLog {
    private final AuditMapper mapper;
    private final ObjectMapper json;

    public AuditLog(AuditMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    /** Records {@code action} on an entity of a case; {@code before} and {@code after} are serialised as JSON. */
    public void record(
            Long caseId, String entity, Object entityId, String action, String actor, Object before, Object after) {
        mapper.insertFrom(
                new AuditEntry(
                        null,
                        caseId,
                        entity,
                        String.valueOf(entityId),
                        action,
                        actor,
                        null,
                        toJson(before),
                        toJson(after)),
                clientAddress());
    }

    /** Where the change came from, for the operation log: the request's client address, none for a job. */
    private static String clientAddress() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    public List<AuditEntry> ofCase(long caseId) {
        return mapper.ofCase(caseId);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise audit state of " + value.getClass().getSimpleName(), e);
        }
    }
}
