package cn.energyinspect.app.security;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LoginThrottleMapper {
    /** The latest {@code blocked_until} among these keys that is still ahead of {@code now}, or null. */
    Instant blockedUntil(@Param("scope") String scope, @Param("keyHash") String keyHash, @Param("now") Instant now);

    /** Counts one failure, starting again from one when the last failure is older than {@code windowStart}. */
    void countFailure(
            @Param("scope") String scope,
            @Param("keyHash") String keyHash,
            @Param("now") Instant now,
            @Param("windowStart") Instant windowStart);

    int failures(@Param("scope") String scope, @Param("keyHash") String keyHash);

    void block(@Param("scope") String scope, @Param("keyHash") String keyHash, @Param("until") Instant until);

    void clear(@Param("scope") String scope, @Param("keyHash") String keyHash);

    int deleteStale(@Param("before") Instant before, @Param("now") Instant now);
}
