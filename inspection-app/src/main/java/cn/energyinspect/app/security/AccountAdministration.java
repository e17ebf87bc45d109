package cn.energyinspect.app.security;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A province administrator's actions on the accounts of its region: revoke tokens, disable and enable, reset the
 * password (a temporary one, to be changed at the next login) and the second factor. A user outside the
 * administrator's region is answered as not found, like every record out of jurisdiction. Each action is a security
 * event naming the administrator.
 */
@Service
class AccountAdministration {
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final UserMapper users;
    private final TokenService tokens;
    private final SecondFactors secondFactors;
    private final PasswordEncoder encoder;
    private final SecurityEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountAdministration(
            UserMapper users,
            TokenService tokens,
            SecondFactors secondFactors,
            PasswordEncoder encoder,
            SecurityEvents events,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many tokens were revoked; the user's browser sessions end too */
    @Transactional
    public int revokeTokens(CurrentUser admin, String username) {
        UserAccount target = target(admin, username);
        int revoked = endSessionsAndTokens(target);
        events.record(SecurityEventKind.TOKENS_REVOKED, target.username(), admin.username(), Map.of("tokens", revoked));
        return revoked;
    }

    @Transactional
    public void disable(CurrentUser admin, String username) {
        UserAccount target = target(admin, username);
        if (target.id() == admin.id()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "不能停用自己的账号");
        }
        users.setEnabled(target.id(), false);
        int revoked = endSessionsAndTokens(target);
        events.record(SecurityEventKind.USER_DISABLED, target.username(), admin.username(), Map.of("tokens", revoked));
    }

    @Transactional
    public void enable(CurrentUser admin, String username) {
        UserAccount target = target(admin, username);
        users.setEnabled(target.id(), true);
        events.record(SecurityEventKind.USER_ENABLED, target.username(), admin.username(), Map.of());
    }

    /** Sets a random temporary password, shown once to the administrator; the user must change it at next login. */
    @Transactional
    public String resetPassword(CurrentUser admin, String username) {
        UserAccount target = target(admin, username);
        String temporary = temporaryPassword();
        users.updatePassword(target.id(), encoder.encode(temporary), true, clock.instant());
        int revoked = endSessionsAndTokens(target);
        events.record(SecurityEventKind.PASSWORD_RESET, target.username(), admin.username(), Map.of("tokens", revoked));
        return temporary;
    }

    /** Removes the user's second factor (a lost phone); the user enrols again. */
    @Transactional
    public void resetSecondFactor(CurrentUser admin, String username) {
        UserAccount target = target(admin, username);
        boolean removed = secondFactors.remove(target.id());
        events.record(
                SecurityEventKind.SECOND_FACTOR_RESET, target.username(), admin.username(), Map.of("removed", removed));
    }

    private UserAccount target(CurrentUser admin, String username) {
        if (!admin.hasRole(Role.PROVINCE_ADMIN)) {
            throw Refusal.forbidden("只有省级管理员可以管理用户账号");
        }
        return users.findByUsername(username)
                .filter(u -> admin.jurisdiction().coversRegion(u.regionCode()))
                .orElseThrow(() -> Refusal.notFound("用户"));
    }

    private int endSessionsAndTokens(UserAccount target) {
        users.bumpSessionEpoch(target.id());
        return tokens.revokeAll(target.id(), null);
    }

    private String temporaryPassword() {
        StringBuilder out = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            out.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return out.toString();
    }
}
