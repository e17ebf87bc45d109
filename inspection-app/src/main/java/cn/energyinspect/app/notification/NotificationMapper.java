package cn.energyinspect.app.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {
    /** What a message names a case by: its number and its enterprise's name. */
    record CaseLabel(long id, String caseNumber, String enterpriseName) {}

    Optional<CaseLabel> caseLabel(@Param("caseId") long caseId);

    List<Recipient> byUsernames(@Param("usernames") Collection<String> usernames);

    List<Recipient> ofAgencyRole(@Param("agencyId") long agencyId, @Param("role") String role);

    List<Recipient> caseSupervisors(@Param("caseId") long caseId);

    List<Recipient> caseTeam(@Param("caseId") long caseId);

    List<Recipient> ofEnterprise(@Param("uscc") String uscc);

    /** @return 1 when the message is new for the recipient, 0 when it had it already */
    int insertMessage(
            @Param("recipientId") long recipientId,
            @Param("n") Notice notice,
            @Param("kind") String kind,
            @Param("now") Instant now);

    int insertDelivery(
            @Param("channel") String channel,
            @Param("r") Recipient recipient,
            @Param("n") Notice notice,
            @Param("now") Instant now);

    /** A message of the inbox. */
    record MessageRow(
            long id,
            String kind,
            String title,
            String body,
            String link,
            Long caseId,
            String taskId,
            Long planId,
            Instant createdAt,
            Instant readAt) {}

    List<MessageRow> inbox(
            @Param("recipientId") long recipientId,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("offset") int offset,
            @Param("size") int size);

    long countInbox(@Param("recipientId") long recipientId, @Param("unreadOnly") boolean unreadOnly);

    int markRead(@Param("recipientId") long recipientId, @Param("id") long id, @Param("now") Instant now);

    int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);

    /** Who was told of a case, and when they read it. */
    record Told(
            long id,
            String kind,
            String title,
            String username,
            String displayName,
            String agencyName,
            Instant createdAt,
            Instant readAt) {}

    List<Told> ofCase(@Param("caseId") long caseId);

    /** What the test channel recorded for a user (newest first). */
    record DeliveryRow(
            String channel, String address, String title, String body, String dedupeKey, Instant createdAt) {}

    List<DeliveryRow> deliveries(@Param("recipientId") long recipientId);

    Optional<Instant> watermark(@Param("name") String name);

    /** Locks the watermark row (one node polls at a time); inserts it at {@code initial} when missing. */
    void ensureWatermark(@Param("name") String name, @Param("initial") Instant initial);

    Optional<Instant> lockWatermark(@Param("name") String name);

    void setWatermark(@Param("name") String name, @Param("lastSeen") Instant lastSeen);
}
