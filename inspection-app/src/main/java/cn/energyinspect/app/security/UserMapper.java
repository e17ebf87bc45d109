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

    Optional<AccountState> findState(@Param("id") long id);

    void updatePassword(
            @Param("id") long id,
            @Param("passwordHash") String passwordHash,
            @Param("changeRequired") boolean changeRequired,
            @Param("now") Instant now);

    void setEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    /** Ends every browser session of the account (they carry the old epoch). */
    void bumpSessionEpoch(@Param("id") long id);

    void insertToken(
            @Param("tokenHash") String tokenHash,
            @Param("userId") long userId,
            @Param("expiresAt") Instant expiresAt,
            @Param("createdAt") Instant createdAt);

    Optional<UserAccount> findByToken(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    int deleteToken(@Param("tokenHash") String tokenHash);

    /** Deletes the user's tokens, except {@code keepHash} when given; returns how many went. */
    int deleteTokensOf(@Param("userId") long userId, @Param("keepHash") String keepHash);

    int deleteExpiredTokens(@Param("now") Instant now);
}
