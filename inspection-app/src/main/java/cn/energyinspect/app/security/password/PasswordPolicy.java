package cn.energyinspect.app.security.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (GB/T 22239 身份鉴别: 口令复杂度): at least {@code minLength} characters, at most 72 bytes
 * (BCrypt reads no further), not containing the username, not one of the known-breached and demo passwords of {@code
 * security/common-passwords.txt}, and not the current one. Comparisons ignore case and full-width forms (NFKC), as the
 * database's collation does for usernames.
 */
public final class PasswordPolicy {
    public static final int MAX_BYTES = 72;
    private static final String LIST = "/security/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    public PasswordPolicy(int minLength) {
        this(minLength, load());
    }

    PasswordPolicy(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = common;
    }

    public int minLength() {
        return minLength;
    }

    /** The Chinese reasons the password is refused; empty when it may be set. */
    public List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("必填");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            problems.add("至少 " + minLength + " 个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("不能超过 " + MAX_BYTES + " 字节（约 72 个英文字符或 24 个汉字）");
        }
        String folded = fold(password);
        if (username != null && !username.isBlank() && folded.contains(fold(username.trim()))) {
            problems.add("不能包含用户名");
        }
        if (common.contains(folded)) {
            problems.add("是常见或已泄露的密码，容易被猜中");
        }
        return problems;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(fold(line));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
