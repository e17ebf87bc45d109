package cn.energyinspect.app.security.totp;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps make them: HMAC-SHA1, 30-second
 * steps, 6 digits. Pure functions of the secret and the time; which step was last used (replay) is the caller's.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of now, for a phone clock a little off (RFC 6238 §5.2 allows one). */
    public static final int DRIFT_STEPS = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new secret: 160 random bits (the HMAC-SHA1 key length RFC 4226 recommends), base32 for the apps. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return Base32.encode(key);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step (RFC 4226 §5.3 dynamic truncation). */
    public static String code(String base32Secret, long step) {
        return code(Base32.decode(base32Secret), step, DIGITS);
    }

    static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /**
     * The time step whose code this is, within {@link #DRIFT_STEPS} of {@code now} and after {@code lastUsedStep}, or
     * -1. Compares every candidate in constant time.
     */
    public static long matchingStep(String base32Secret, String code, Instant now, long lastUsedStep) {
        if (code == null) {
            return -1;
        }
        String given = code.replace(" ", "").trim();
        if (given.length() != DIGITS || !given.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        byte[] key = Base32.decode(base32Secret);
        long current = step(now);
        long found = -1;
        for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
            boolean same = java.security.MessageDigest.isEqual(
                    code(key, s, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII));
            if (same && s > lastUsedStep && found < 0) {
                found = s;
            }
        }
        return found;
    }

    /** The {@code otpauth://} URI authenticator apps read from a QR code (Google Authenticator's key URI format). */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
