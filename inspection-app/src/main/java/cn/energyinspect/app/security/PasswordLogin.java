package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username, password and (once enrolled) second-factor code, for the web login and the token endpoint alike,
 * under the {@link LoginThrottle}. Unknown and known usernames take the same path: one BCrypt check, the same counters,
 * the same answers (401 {@code 用户名或密码错误}, 429 with {@code Retry-After}). While only the account-wide wait is in
 * force, the right password with a valid second-factor code still signs in: an attacker spraying the account from many
 * addresses cannot lock its owner out. Every outcome is a security event.
 */
@Component
public class PasswordLogin {
    private static final Logger log = LoggerFactory.getLogger(PasswordLogin.class);

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;
    private final SecurityEvents events;
    private final Clock clock;
    /** Compared against when the user does not exist, so both paths take the time of one BCrypt check. */
    private final String noUserHash;

    PasswordLogin(
            UserMapper users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            SecondFactors secondFactors,
            SecurityEvents events,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.events = events;
        this.clock = clock;
        this.noUserHash = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    /** One login attempt: what was typed and where it came from. */
    public record Attempt(String username, String password, String code, String clientAddress) {}

    /**
     * The user with these credentials, or an {@link Refusal}: 401 {@code unauthenticated} (wrong credentials), 401
     * {@code second-factor-required} (the password was right, a code is needed or was wrong), 429 {@code
     * too-many-attempts} (wait first; carries {@code retryAfter}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = Refusal.class)
    public CurrentUser authenticate(Attempt attempt) {
        Optional<UserAccount> found =
                attempt.username() == null ? Optional.empty() : users.findByUsername(attempt.username());
        String name = found.map(UserAccount::username).orElse(attempt.username());
        LoginThrottle.Keys keys = throttle.keys(name, attempt.clientAddress());
        Instant now = clock.instant();
        Optional<LoginThrottle.Block> block = throttle.blocked(keys, now);
        if (block.isPresent() && !block.get().secondFactorMayPass()) {
            throw throttled(attempt, block.get(), now);
        }
        boolean passwordRight = passwordMatches(found, attempt.password());
        Optional<UserAccount> valid = found.filter(a -> passwordRight && a.enabled());
        if (block.isPresent()) {
            // only the account-wide wait: its owner passes with password and second factor, nobody else learns more
            if (valid.isPresent() && secondFactors.verify(valid.get().id(), attempt.code())) {
                return succeeded(valid.get(), keys, true);
            }
            if (!passwordRight) {
                throttle.recordFailure(keys, now);
            }
            throw throttled(attempt, block.get(), now);
        }
        if (valid.isEmpty()) {
            throttle.recordFailure(keys, now);
            events.record(
                    SecurityEventKind.LOGIN_FAILED,
                    attempt.username(),
                    null,
                    Map.of(
                            "knownUser",
                            found.isPresent(),
                            "enabled",
                            found.map(UserAccount::enabled).orElse(false)));
            log.warn("S-LOGIN-FAILED user={} known={}", attempt.username(), found.isPresent());
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "用户名或密码错误");
        }
        UserAccount account = valid.get();
        if (secondFactors.enabled(account.id())) {
            if (attempt.code() == null || attempt.code().isBlank()) {
                throw secondFactorNeeded("请输入动态口令（身份验证器应用中的 6 位数字）");
            }
            if (!secondFactors.verify(account.id(), attempt.code())) {
                throttle.recordFailure(keys, now);
                events.record(SecurityEventKind.SECOND_FACTOR_FAILED, account.username(), null, Map.of());
                log.warn("S-LOGIN-SECOND-FACTOR-FAILED user={}", account.username());
                throw secondFactorNeeded("动态口令错误或已使用，请输入最新的 6 位数字");
            }
        }
        return succeeded(account, keys, false);
    }

    private CurrentUser succeeded(UserAccount account, LoginThrottle.Keys keys, boolean pastAccountThrottle) {
        throttle.recordSuccess(keys);
        events.record(
                SecurityEventKind.LOGIN_SUCCEEDED,
                account.username(),
                null,
                pastAccountThrottle ? Map.of("pastAccountThrottle", true) : Map.of());
        return CurrentUser.of(account);
    }

    private boolean passwordMatches(Optional<UserAccount> account, String password) {
        String typed = password == null ? "" : password;
        if (account.isEmpty()) {
            encoder.matches(typed, noUserHash);
            return false;
        }
        return encoder.matches(typed, account.get().passwordHash());
    }

    private Refusal throttled(Attempt attempt, LoginThrottle.Block block, Instant now) {
        long seconds = block.retryAfterSeconds(now);
        events.record(
                SecurityEventKind.LOGIN_THROTTLED,
                attempt.username(),
                null,
                Map.of("retryAfterSeconds", seconds, "accountWide", block.secondFactorMayPass()));
        log.warn("S-LOGIN-THROTTLED user={} retryAfter={}s", attempt.username(), seconds);
        return new Refusal(
                Refusal.Kind.TOO_MANY_ATTEMPTS,
                "登录尝试过于频繁，请在 " + seconds + " 秒后重试；已启用动态口令的用户可同时输入密码和动态口令登录",
                List.of(),
                Map.of("retryAfter", seconds));
    }

    private static Refusal secondFactorNeeded(String detail) {
        return new Refusal(Refusal.Kind.SECOND_FACTOR_REQUIRED, detail);
    }
}
