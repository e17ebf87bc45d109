package cn.energyinspect.app.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {
    Optional<UserAccount> findByUsername(@Param("username") String username);

    List<UserAccount> findByUsernames(@Param("usernames") List<String> usernames);

    void insert(UserAccount account);

    void recordFailure(@Param("id") long id, @Param("lockedUntil") Instant lockedUntil);

    void resetFailures(@Param("id") long id);

    void insertToken(
            @Param("tokenHash") String tokenHash,
            @Param("userId") long userId,
            @Param("expiresAt") Instant expiresAt,
            @Param("createdAt") Instant createdAt);

    Optional<UserAccount> findByToken(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    int deleteExpiredTokens(@Param("now") Instant now);
}
