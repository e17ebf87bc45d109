package cn.energyinspect.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings under {@code energyinspect.security} (README, "Security settings").
 *
 * @param tokenTtl how long an API token is valid
 * @param maxFailuresBeforeDelay failed logins for one account from one client address after which each further attempt
 *     from there must wait (doubling from one second up to {@code maxDelay})
 * @param maxDelay the longest wait imposed after repeated failures
 * @param addressFailuresBeforeDelay failed logins from one client address, whatever the usernames, after which that
 *     address must wait: slows password spraying across accounts
 * @param accountFailuresBeforeDelay failed logins for one account from all addresses together after which the account
 *     is throttled everywhere; while it is, its owner still signs in with the password and the second factor
 * @param failureWindow a counter forgets its failures after this long without a new one
 * @param sessionIdleTimeout a browser session ends after this long without a request
 * @param password the password policy
 * @param secondFactor the second factor (TOTP)
 */
@Validated
@ConfigurationProperties("energyinspect.security")
public record SecurityProperties(
        Duration tokenTtl,
        int maxFailuresBeforeDelay,
        Duration maxDelay,
        int addressFailuresBeforeDelay,
        int accountFailuresBeforeDelay,
        Duration failureWindow,
        Duration sessionIdleTimeout,
        Password password,
        SecondFactor secondFactor) {
    public SecurityProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(8) : tokenTtl;
        maxFailuresBeforeDelay = maxFailuresBeforeDelay <= 0 ? 5 : maxFailuresBeforeDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        addressFailuresBeforeDelay = addressFailuresBeforeDelay <= 0 ? 20 : addressFailuresBeforeDelay;
        accountFailuresBeforeDelay = accountFailuresBeforeDelay <= 0 ? 50 : accountFailuresBeforeDelay;
        failureWindow = failureWindow == null ? Duration.ofHours(1) : failureWindow;
        sessionIdleTimeout = sessionIdleTimeout == null ? Duration.ofMinutes(30) : sessionIdleTimeout;
        password = password == null ? new Password(0) : password;
        secondFactor = secondFactor == null ? new SecondFactor(null, false, null) : secondFactor;
        if (sessionIdleTimeout.toSeconds() < 60) {
            throw new IllegalArgumentException("energyinspect.security.session-idle-timeout must be at least 1m");
        }
    }

    /** @param minLength the shortest password a user may set (default 12, at least 8) */
    public record Password(int minLength) {
        public Password {
            minLength = minLength == 0 ? 12 : minLength;
            if (minLength < 8) {
                throw new IllegalArgumentException("energyinspect.security.password.min-length must be at least 8");
            }
        }
    }

    /**
     * @param issuer the name an authenticator app shows for the account
     * @param enrolmentRequired whether users of {@code roles} must enrol a second factor before they may work (off in
     *     the demo run so its logins keep working with the password alone)
     * @param roles the roles for which enrolment is required when {@code enrolmentRequired}
     */
    public record SecondFactor(String issuer, boolean enrolmentRequired, List<Role> roles) {
        public SecondFactor {
            issuer = issuer == null || issuer.isBlank() ? "EnergyInspect" : issuer;
            roles = roles == null || roles.isEmpty() ? List.of(Role.PROVINCE_ADMIN, Role.AUDITOR) : List.copyOf(roles);
        }
    }
}
