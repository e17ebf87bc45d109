package cn.energyinspect.app.inspection;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The idempotency record of mobile commands. */
@Mapper
public interface MobileRequestMapper {
    /** A command already handled: what it produced. */
    record Handled(String command, Long resourceId, String status) {}

    Optional<Handled> find(@Param("username") String username, @Param("clientRequestId") String clientRequestId);

    void insert(
            @Param("username") String username,
            @Param("clientRequestId") String clientRequestId,
            @Param("caseId") long caseId,
            @Param("command") String command,
            @Param("resourceId") Long resourceId,
            @Param("status") String status);
}
