package cn.energyinspect.app.admin.oplog;

import java.time.Instant;

/**
 * One line of the operation log: a change of the audit trail or a security event.
 *
 * @param source {@code AUDIT} (a change of a record) or {@code SECURITY} (logins, account actions)
 * @param actor who did it (login name; {@code process} for the workflow's own steps)
 * @param subject the account concerned (security events) or the record changed ({@code entity:id})
 * @param clientAddress where the request came from, when a request made it
 * @param detail the record after the change, or the event's detail (JSON)
 */
public record OperationRow(
        String source,
        long id,
        Instant at,
        String actor,
        String actorName,
        String action,
        String subject,
        Long caseId,
        String clientAddress,
        String detail) {}
