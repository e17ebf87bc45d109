package cn.energyinspect.app.campaign.draw;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 and HMAC-SHA-256, as lowercase hex; both are mandatory in every JRE, so failures are bugs. */
final class Digests {
    private Digests() {}

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String utf8) {
        return sha256(utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** An HMAC keyed once with the seed, reused for every message of one draw. */
    static final class Hmac {
        private final Mac mac;

        Hmac(Seed seed) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(seed.bytes(), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        String of(String utf8) {
            return HexFormat.of().formatHex(mac.doFinal(utf8.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
