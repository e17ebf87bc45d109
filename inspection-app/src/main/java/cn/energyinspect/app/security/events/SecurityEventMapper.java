package cn.energyinspect.app.security.events;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SecurityEventMapper {
    void insert(SecurityEvent event);

    /** Newest first, of users within {@code regionPrefix} (and, with {@code withUnknown}, of names that are no user). */
    List<SecurityEvent> find(
            @Param("regionPrefix") String regionPrefix,
            @Param("withUnknown") boolean withUnknown,
            @Param("username") String username,
            @Param("kind") SecurityEventKind kind,
            @Param("beforeId") Long beforeId,
            @Param("limit") int limit);

    int deleteOlderThan(@Param("before") Instant before, @Param("limit") int limit);
}
