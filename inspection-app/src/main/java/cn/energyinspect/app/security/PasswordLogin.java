package cn.energyinspect.app.security;

import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password, for the web login and the token endpoint alike. Repeated failures for one user are
 * slowed down: after {@code maxFailuresBeforeDelay} failures in a row each further attempt must wait, doubling from one
 * second up to {@code maxDelay}; an attempt inside the wait is refused without checking the password. The state lives
 * in the database so every app node applies the same delay.
 */
@Component
public class PasswordLogin {
    private static final Logger log = LoggerFactory.getLogger(PasswordLogin.class);

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final SecurityProperties settings;
    private final Clock clock;
    /** Compared against when the user does not exist, so both paths take the time of one BCrypt check. */
    private final String noUserHash;

    public PasswordLogin(UserMapper users, PasswordEncoder encoder, SecurityProperties settings, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
        this.noUserHash = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    /** The user with these credentials, or an {@link ApiProblem} (401 wrong credentials, 429 wait first). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = ApiProblem.class)
    public CurrentUser authenticate(String username, String password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : users.findByUsername(username);
        if (found.isEmpty() || password == null) {
            encoder.matches(password == null ? "" : password, noUserHash);
            throw wrongCredentials();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            long seconds =
                    Math.max(1, Duration.between(now, account.lockedUntil()).toSeconds());
            throw new ApiProblem(ProblemType.TOO_MANY_ATTEMPTS, "登录失败次数过多，请在 " + seconds + " 秒后重试");
        }
        if (!account.enabled() || !encoder.matches(password, account.passwordHash())) {
            int failures = account.failedLogins() + 1;
            users.recordFailure(
                    account.id(), delayAfter(failures).map(now::plus).orElse(null));
            log.warn("S-LOGIN-FAILED user={} failuresInARow={}", account.username(), failures);
            throw wrongCredentials();
        }
        if (account.failedLogins() > 0) {
            users.resetFailures(account.id());
        }
        return CurrentUser.of(account);
    }

    Optional<Duration> delayAfter(int failures) {
        int over = failures - settings.maxFailuresBeforeDelay();
        if (over < 0) {
            return Optional.empty();
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 20));
        return Optional.of(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
    }

    private static ApiProblem wrongCredentials() {
        return new ApiProblem(ProblemType.UNAUTHENTICATED, "用户名或密码错误");
    }
}
