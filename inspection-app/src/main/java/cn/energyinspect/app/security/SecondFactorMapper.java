package cn.energyinspect.app.security;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SecondFactorMapper {
    /** A user's TOTP secret: confirmed, or waiting for its first code. */
    record Row(long userId, String secret, Instant confirmedAt, long lastStep) {}

    Optional<Row> find(@Param("userId") long userId);

    /** Starts (or restarts) an enrolment with a new secret; refuses nothing, so check for a confirmed one first. */
    void savePending(@Param("userId") long userId, @Param("secret") String secret, @Param("now") Instant now);

    int confirm(@Param("userId") long userId, @Param("step") long step, @Param("now") Instant now);

    /** Marks a step used, if it is later than the last one; 0 when the code was already used (a replay). */
    int useStep(@Param("userId") long userId, @Param("step") long step);

    int delete(@Param("userId") long userId);
}
