package cn.energyinspect.app.security;

import cn.energyinspect.app.security.totp.Totp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The second factor: a TOTP secret per user (RFC 6238), enrolled by showing it as an {@code otpauth://} URI and
 * confirmed with a first code; from then on each code is accepted once (a replayed code is refused).
 */
@Component
class SecondFactors {
    private final SecondFactorMapper secrets;
    private final SecurityProperties settings;
    private final Clock clock;
    private volatile boolean enrolmentRequired;

    SecondFactors(SecondFactorMapper secrets, SecurityProperties settings, Clock clock) {
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
        this.enrolmentRequired = settings.secondFactor().enrolmentRequired();
    }

    /** A started enrolment: the secret and the URI an authenticator app reads (shown once). */
    record Enrolment(String secret, String otpauthUri) {}

    boolean enabled(long userId) {
        return secrets.find(userId).map(r -> r.confirmedAt() != null).orElse(false);
    }

    /** Whether this user, by role, must have a second factor before working (when the setting requires it). */
    boolean enrolmentRequired(CurrentUser user) {
        return enrolmentRequired && settings.secondFactor().roles().contains(user.role());
    }

    /**
     * Switches {@code second-factor.enrolment-required} on the running application. Only tests call this: they share
     * one application, so they turn the setting on around the test that needs it instead of starting another.
     */
    void requireEnrolment(boolean required) {
        this.enrolmentRequired = required;
    }

    Enrolment start(CurrentUser user) {
        String secret = Totp.newSecret();
        secrets.savePending(user.id(), secret, clock.instant());
        return new Enrolment(secret, Totp.uri(settings.secondFactor().issuer(), user.username(), secret));
    }

    /** Confirms a pending enrolment with a code of its secret; false when there is none or the code is wrong. */
    boolean confirm(long userId, String code) {
        SecondFactorMapper.Row row = secrets.find(userId).orElse(null);
        if (row == null || row.confirmedAt() != null) {
            return false;
        }
        Instant now = clock.instant();
        long step = Totp.matchingStep(row.secret(), code, now, 0);
        return step >= 0 && secrets.confirm(userId, step, now) == 1;
    }

    /** Checks a login's code against the confirmed secret and uses it up. */
    boolean verify(long userId, String code) {
        SecondFactorMapper.Row row = secrets.find(userId).orElse(null);
        if (row == null || row.confirmedAt() == null) {
            return false;
        }
        long step = Totp.matchingStep(row.secret(), code, clock.instant(), row.lastStep());
        return step >= 0 && secrets.useStep(userId, step) == 1;
    }

    boolean remove(long userId) {
        return secrets.delete(userId) > 0;
    }
}
