package cn.energyinspect.app.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of RFC 6238 Appendix B (SHA-1, 8 digits) and RFC 4648 §10 (base32). */
class TotpTest {
    private static final byte[] RFC_6238_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0}s → {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void rfc_6238_appendix_b_sha1_vectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_6238_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void rfc_4648_base32_vectors_without_padding(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII))
                .isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void a_code_is_accepted_one_step_either_side_and_only_after_the_last_used_step() {
        String secret = Base32.encode(RFC_6238_KEY);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, 0)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0))
                .isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0))
                .isEqualTo(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now, 0))
                .isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, step))
                .as("replayed")
                .isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, null, now, 0)).isEqualTo(-1);
    }
}
