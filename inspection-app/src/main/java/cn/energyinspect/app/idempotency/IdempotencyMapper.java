package cn.energyinspect.app.idempotency;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IdempotencyMapper {
    record Seen(String requestSha256, String resourceId) {}

    Optional<Seen> find(
            @Param("username") String username, @Param("operation") String operation, @Param("key") String key);

    void insert(
            @Param("username") String username,
            @Param("operation") String operation,
            @Param("key") String key,
            @Param("requestSha256") String requestSha256);

    void setResource(
            @Param("username") String username,
            @Param("operation") String operation,
            @Param("key") String key,
            @Param("resourceId") String resourceId);
}
