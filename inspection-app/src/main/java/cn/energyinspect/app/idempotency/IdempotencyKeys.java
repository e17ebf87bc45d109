package cn.energyinspect.app.idempotency;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a creating request safe to resend (the Idempotency-Key convention): the first request with a key creates and
 * records what it created; a resend with the same key and the same request gets that result again, nothing created
 * twice; the same key with a different request is a 409, never a silent success. Keys are scoped by user and
 * operation. The key row is written before the work, in the same transaction, so a resend racing its original waits
 * on it and then replays the original's result.
 */
@Component
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY = 64;

    private final IdempotencyMapper keys;
    private final ObjectMapper canonical;

    IdempotencyKeys(IdempotencyMapper keys, ObjectMapper json) {
        this.keys = keys;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Runs {@code create} once per key; without a key it simply runs.
     *
     * @param create does the work and returns the id of what it created
     * @param replay reads the result of an id (for the first request and for resends alike)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T once(
            String username,
            String operation,
            String key,
            Object request,
            Supplier<String> create,
            Function<String, T> replay) {
        if (key == null || key.isBlank()) {
            return replay.apply(create.get());
        }
        if (key.length() > MAX_KEY) {
            throw Refusal.invalid(HEADER, "不能超过 " + MAX_KEY + " 个字符");
        }
        String hash = hash(request);
        var seen = keys.find(username, operation, key);
        if (seen.isEmpty()) {
            try {
                keys.insert(username, operation, key, hash);
            } catch (DuplicateKeyException racedAndLost) {
                seen = keys.find(username, operation, key);
            }
        }
        if (seen.isPresent()) {
            if (!seen.get().requestSha256().equals(hash)) {
                throw new Refusal(
                        Refusal.Kind.STATE_CONFLICT,
                        "请求编号 " + key + " 已用于内容不同的请求，请为新的请求生成新的编号",
                        List.of(new FieldError(HEADER, "已用于内容不同的请求")));
            }
            return replay.apply(seen.get().resourceId());
        }
        String created = create.get();
        keys.setResource(username, operation, key, created);
        return replay.apply(created);
    }

    private String hash(Object request) {
        try {
            Object tree = canonical.treeToValue(canonical.valueToTree(request), Object.class);
            byte[] bytes = canonical.writeValueAsBytes(tree);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a request", e);
        }
    }
}
