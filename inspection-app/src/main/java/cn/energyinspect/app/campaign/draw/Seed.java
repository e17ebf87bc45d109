package cn.energyinspect.app.campaign.draw;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The secret seed: 32 random bytes, kept secret until the draw is done, written as lowercase hex. */
public record Seed(String hex) {
    private static final int BYTES = 32;

    public Seed {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a seed is " + BYTES + " bytes (64 hex digits)");
        }
        hex = HexFormat.of().formatHex(bytes);
    }

    public static Seed generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new Seed(HexFormat.of().formatHex(bytes));
    }

    byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    /** SHA-256 of the 32 raw bytes (not of the hex text), as published in the commitment. */
    public String sha256() {
        return Digests.sha256(bytes());
    }

    @Override
    public String toString() {
        return "Seed[sha256=" + sha256() + "]";
    }
}
