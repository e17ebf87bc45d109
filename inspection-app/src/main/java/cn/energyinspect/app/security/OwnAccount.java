package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import cn.energyinspect.app.security.password.PasswordPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do to their own account: change the password (under the {@link PasswordPolicy}, after confirming the
 * current one, which counts as a login attempt for the throttle) and enrol a second factor.
 */
@Service
class OwnAccount {
    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final SecondFactors secondFactors;
    private final SecurityEvents events;
    private final Clock clock;

    OwnAccount(
            UserMapper users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            LoginThrottle throttle,
            TokenService tokens,
            SecondFactors secondFactors,
            SecurityEvents events,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets a new password. Every other session and token of the user ends; the one making the change ({@code
     * keepToken}, or the caller's session, which the controller re-stamps) goes on.
     */
    @Transactional(noRollbackFor = Refusal.class)
    public void changePassword(
            CurrentUser user, String currentPassword, String newPassword, String keepToken, String clientAddress) {
        UserAccount account = users.findByUsername(user.username()).orElseThrow(() -> Refusal.notFound("用户"));
        LoginThrottle.Keys keys = throttle.keys(account.username(), clientAddress);
        Instant now = clock.instant();
        throttle.blocked(keys, now).filter(b -> !b.secondFactorMayPass()).ifPresent(block -> {
            throw new Refusal(
                    Refusal.Kind.TOO_MANY_ATTEMPTS,
                    "尝试次数过多，请在 " + block.retryAfterSeconds(now) + " 秒后重试",
                    List.of(),
                    Map.of("retryAfter", block.retryAfterSeconds(now)));
        });
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", "必填"));
        } else if (!encoder.matches(currentPassword, account.passwordHash())) {
            throttle.recordFailure(keys, now);
            events.record(SecurityEventKind.LOGIN_FAILED, account.username(), null, Map.of("during", "passwordChange"));
            errors.add(new FieldError("currentPassword", "当前密码不正确"));
        }
        policy.problems(newPassword, account.username()).forEach(p -> errors.add(new FieldError("newPassword", p)));
        if (errors.isEmpty() && encoder.matches(newPassword, account.passwordHash())) {
            errors.add(new FieldError("newPassword", "不能与当前密码相同"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        users.updatePassword(account.id(), encoder.encode(newPassword), false, now);
        users.bumpSessionEpoch(account.id());
        int revoked = tokens.revokeAll(account.id(), keepToken);
        events.record(SecurityEventKind.PASSWORD_CHANGED, account.username(), null, Map.of("tokensRevoked", revoked));
    }

    /** Starts enrolment of a second factor; refused (409) while one is confirmed (an administrator resets it). */
    @Transactional
    public SecondFactors.Enrolment startSecondFactor(CurrentUser user) {
        if (secondFactors.enabled(user.id())) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "动态口令已启用；如需更换设备，请联系管理员重置");
        }
        return secondFactors.start(user);
    }

    @Transactional
    public void confirmSecondFactor(CurrentUser user, String code) {
        if (code == null || code.isBlank()) {
            throw Refusal.invalid("code", "必填");
        }
        if (!secondFactors.confirm(user.id(), code)) {
            throw Refusal.invalid("code", "动态口令不正确或已过期，请输入身份验证器中最新的 6 位数字");
        }
        events.record(SecurityEventKind.SECOND_FACTOR_ENROLLED, user.username(), null, Map.of());
    }
}
