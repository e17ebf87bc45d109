package cn.energyinspect.app.security;

import cn.energyinspect.app.security.events.SecurityEventKind;
import cn.energyinspect.app.security.events.SecurityEvents;
import cn.energyinspect.app.security.events.SecurityHousekeeping;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API and mobile clients: 256 random bits handed to the client once; only their SHA-256 is stored,
 * with the user and expiry, so any app node can check them and a database dump reveals no usable token. A token ends
 * when it expires, when its client logs out with it, and when an administrator revokes the user's tokens or disables
 * the user (a disabled user's tokens are also refused at once by the lookup).
 */
@Service
public class TokenService implements SecurityHousekeeping {
    private final UserMapper users;
    private final SecurityProperties settings;
    private final SecurityEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(UserMapper users, SecurityProperties settings, SecurityEvents events, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A token issued to an authenticated user. */
    public record IssuedToken(String token, Instant expiresAt) {}

    @Transactional
    public IssuedToken issue(CurrentUser user) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.tokenTtl());
        users.insertToken(hash(token), user.id(), expiresAt, now);
        events.record(
                SecurityEventKind.TOKEN_ISSUED,
                user.username(),
                null,
                Map.of("token", hash(token).substring(0, 12), "expiresAt", expiresAt.toString()));
        return new IssuedToken(token, expiresAt);
    }

    public Optional<CurrentUser> resolve(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return users.findByToken(hash(token), clock.instant()).map(CurrentUser::of);
    }

    /** Logout with a token: the token stops working at once. */
    @Transactional
    public void revoke(String token) {
        if (!plausible(token)) {
            return;
        }
        Optional<UserAccount> owner = users.findByToken(hash(token), clock.instant());
        if (users.deleteToken(hash(token)) > 0) {
            events.record(
                    SecurityEventKind.TOKEN_REVOKED,
                    owner.map(UserAccount::username).orElse(null),
                    null,
                    Map.of("token", hash(token).substring(0, 12), "reason", "logout"));
        }
    }

    /** Revokes every token of a user except {@code keep} (null: all); returns how many were revoked. */
    @Transactional
    public int revokeAll(long userId, String keep) {
        return users.deleteTokensOf(userId, plausible(keep) ? hash(keep) : null);
    }

    @Override
    public void clean() {
        users.deleteExpiredTokens(clock.instant());
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
