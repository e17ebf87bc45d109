package cn.energyinspect.app.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The idempotency record of mobile commands, per user, case, command and client request id. */
@Mapper
public interface MobileRequestMapper {
    /** A command already handled: what it produced, the hash of the request it answered and the receipt given. */
    record Handled(
            String command,
            Long resourceId,
            String status,
            String requestSha256,
            String receiptJson,
            Instant receivedAt) {}

    /** A handled command as the device's sync status lists it. */
    record Command(String clientRequestId, String command, String status, Long resourceId, Instant receivedAt) {}

    Optional<Handled> find(
            @Param("username") String username,
            @Param("caseId") long caseId,
            @Param("command") String command,
            @Param("clientRequestId") String clientRequestId);

    void insert(
            @Param("username") String username,
            @Param("clientRequestId") String clientRequestId,
            @Param("caseId") long caseId,
            @Param("command") String command,
            @Param("resourceId") Long resourceId,
            @Param("status") String status,
            @Param("requestSha256") String requestSha256,
            @Param("receiptJson") String receiptJson,
            @Param("receivedAt") Instant receivedAt);

    List<Command> ofCase(@Param("caseId") long caseId, @Param("username") String username, @Param("limit") int limit);
}
