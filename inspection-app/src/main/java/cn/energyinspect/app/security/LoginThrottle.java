package cn.energyinspect.app.security;

import cn.energyinspect.app.security.events.SecurityHousekeeping;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted three ways, each with its own threshold, and each threshold followed by waits doubling from one
 * second up to {@code max-delay}:
 *
 * <ul>
 *   <li>{@link Scope#PAIR} one account from one client address ({@code max-failures-before-delay}, 5): guessing one
 *       account's password from one place. The account's owner elsewhere is not affected, so an attacker cannot lock
 *       the owner out.
 *   <li>{@link Scope#ADDRESS} one client address, any usernames ({@code address-failures-before-delay}, 20): password
 *       spraying across accounts.
 *   <li>{@link Scope#ACCOUNT} one account from all addresses ({@code account-failures-before-delay}, 50): a
 *       distributed attack on one account. While only this applies, the owner may still sign in with the password
 *       and the second factor.
 * </ul>
 *
 * Unknown usernames are counted exactly like known ones (keyed by the name as typed, folded like the database's
 * collation folds it), so the answers do not tell which accounts exist. Keys are stored as SHA-256 hashes, not as
 * typed. The counters live in the database: every node applies the same waits.
 */
@Component
class LoginThrottle implements SecurityHousekeeping {
    enum Scope {
        PAIR,
        ADDRESS,
        ACCOUNT
    }

    /** The hashed keys of one attempt. */
    record Keys(String pair, String address, String account) {}

    /** A wait in force: until when, and whether the second factor may pass it (only the account-wide one). */
    record Block(Instant until, boolean secondFactorMayPass) {
        long retryAfterSeconds(Instant now) {
            return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        }
    }

    private final LoginThrottleMapper counters;
    private final SecurityProperties settings;
    private final Clock clock;

    LoginThrottle(LoginThrottleMapper counters, SecurityProperties settings, Clock clock) {
        this.counters = counters;
        this.settings = settings;
        this.clock = clock;
    }

    /** The username as the database compares it (case and full-width forms folded). */
    static String canonical(String username) {
        return username == null
                ? ""
                : Normalizer.normalize(username.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    Keys keys(String username, String address) {
        String name = canonical(username);
        String from = address == null ? "" : address;
        return new Keys(hash("pair\n" + name + "\n" + from), hash("address\n" + from), hash("account\n" + name));
    }

    Optional<Block> blocked(Keys keys, Instant now) {
        Instant local = latest(
                counters.blockedUntil(Scope.PAIR.name(), keys.pair(), now),
                counters.blockedUntil(Scope.ADDRESS.name(), keys.address(), now));
        if (local != null) {
            return Optional.of(new Block(local, false));
        }
        return Optional.ofNullable(counters.blockedUntil(Scope.ACCOUNT.name(), keys.account(), now))
                .map(until -> new Block(until, true));
    }

    void recordFailure(Keys keys, Instant now) {
        count(Scope.PAIR, keys.pair(), settings.maxFailuresBeforeDelay(), now);
        count(Scope.ADDRESS, keys.address(), settings.addressFailuresBeforeDelay(), now);
        count(Scope.ACCOUNT, keys.account(), settings.accountFailuresBeforeDelay(), now);
    }

    /** A successful login forgets the account's failures (not the address's: one good account must not clear it). */
    void recordSuccess(Keys keys) {
        counters.clear(Scope.PAIR.name(), keys.pair());
        counters.clear(Scope.ACCOUNT.name(), keys.account());
    }

    private void count(Scope scope, String key, int threshold, Instant now) {
        counters.countFailure(scope.name(), key, now, now.minus(settings.failureWindow()));
        delayAfter(counters.failures(scope.name(), key), threshold)
                .ifPresent(delay -> counters.block(scope.name(), key, now.plus(delay)));
    }

    Optional<Duration> delayAfter(int failures, int threshold) {
        int over = failures - threshold;
        if (over < 0) {
            return Optional.empty();
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 20));
        return Optional.of(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
    }

    /** Forgets counters with no failure for a whole window and no wait in force. */
    @Override
    public void clean() {
        Instant now = clock.instant();
        counters.deleteStale(now.minus(settings.failureWindow()), now);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
