package cn.energyinspect.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API and mobile clients: 256 random bits handed to the client once; only their SHA-256 is stored,
 * with the user and expiry, so any app node can check them and a database dump reveals no usable token.
 */
@Service
public class TokenService {
    private final UserMapper users;
    private final SecurityProperties settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(UserMapper users, SecurityProperties settings, Clock clock) {
        this.users = users;
        this.settings = settings;
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
        return new IssuedToken(token, expiresAt);
    }

    public Optional<CurrentUser> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return users.findByToken(hash(token), clock.instant()).map(CurrentUser::of);
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
