package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.time.BusinessTime;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of the credit outbox: claim due rows (locked, skipping rows another node holds), hand them to the platform
 * adapter, then mark each delivered with its receipt or give it a back-off — all in the transaction that holds the
 * claim. A platform that cannot be reached leaves the rows as they were: an outage of a day loses nothing and parks
 * nothing, and when the platform is back each row is delivered once (its id is the push's idempotency key). A row the
 * platform refuses {@code max-attempts} times is parked for an administrator.
 */
@Component
public class CreditDeliveries {
    private static final Logger log = LoggerFactory.getLogger(CreditDeliveries.class);
    private static final int MAX_ERROR = 1000;
    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {};

    private final CreditMapper credit;
    private final CreditPlatform platform;
    private final CreditProperties settings;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final BusinessTime time;

    CreditDeliveries(
            CreditMapper credit,
            CreditPlatform platform,
            CreditProperties settings,
            TransactionTemplate transaction,
            ObjectMapper json,
            BusinessTime time) {
        this.credit = credit;
        this.platform = platform;
        this.settings = settings;
        this.transaction = transaction;
        this.json = json;
        this.time = time;
    }

    /**
     * What one batch did.
     *
     * @param unavailable the platform could not be reached (the rows wait untouched)
     */
    public record Batch(int rows, int delivered, int refused, boolean unavailable) {}

    /** One batch to the configured platform. */
    public Batch runOnce() {
        return runOnce(platform);
    }

    /** One batch to {@code target} (an adapter of its own, e.g. for an administrator's test delivery). */
    public Batch runOnce(CreditPlatform target) {
        return transaction.execute(status -> batch(target));
    }

    private Batch batch(CreditPlatform target) {
        Instant now = time.now();
        List<CreditMapper.OutboxRow> rows =
                credit.claimDue(now, settings.delivery().batchSize());
        if (rows.isEmpty()) {
            return new Batch(0, 0, 0, false);
        }
        List<CreditPlatform.Delivery> batch = rows.stream().map(this::delivery).toList();
        List<CreditPlatform.Result> results;
        try {
            results = target.deliver(batch);
        } catch (CreditPlatform.PlatformUnavailableException e) {
            log.warn("C-CREDIT-PLATFORM-DOWN {} rows wait: {}", rows.size(), e.getMessage());
            return new Batch(rows.size(), 0, 0, true);
        }
        Map<Long, CreditPlatform.Result> byId =
                results.stream().collect(Collectors.toMap(CreditPlatform.Result::id, Function.identity(), (a, b) -> a));
        int delivered = 0;
        int refused = 0;
        for (CreditMapper.OutboxRow row : rows) {
            CreditPlatform.Result result = byId.get(row.id());
            if (result != null && result.delivered()) {
                credit.delivered(row.id(), now, cut(result.receipt()), target.name());
                delivered++;
            } else {
                refuse(row, result == null ? "平台未返回该条记录的结果" : result.error(), now);
                refused++;
            }
        }
        log.info(
                "C-CREDIT-DELIVERED batch={} delivered={} refused={} adapter={}",
                rows.size(),
                delivered,
                refused,
                target.name());
        return new Batch(rows.size(), delivered, refused, false);
    }

    private void refuse(CreditMapper.OutboxRow row, String error, Instant now) {
        boolean park = row.attempts() + 1 >= settings.delivery().maxAttempts();
        Instant next = now.plus(settings.delivery().retryDelay(row.attempts()));
        credit.failed(row.id(), next, cut(error == null ? "被平台拒收" : error), park);
        if (park) {
            log.warn(
                    "C-CREDIT-PARKED row={} penalty={} attempts={} error={}",
                    row.id(),
                    row.penaltyId(),
                    row.attempts() + 1,
                    error);
        }
    }

    @SuppressWarnings("unchecked")
    private CreditPlatform.Delivery delivery(CreditMapper.OutboxRow row) {
        try {
            Map<String, Object> payload = json.readValue(row.payloadJson(), PAYLOAD);
            Map<String, String> record = new LinkedHashMap<>();
            ((Map<String, Object>) payload.getOrDefault("record", Map.of()))
                    .forEach((code, value) -> record.put(code, value == null ? "" : value.toString()));
            Object reason = payload.get("reason");
            return new CreditPlatform.Delivery(
                    row.id(),
                    row.penaltyId(),
                    row.action(),
                    row.decisionNumber(),
                    record,
                    reason == null ? null : reason.toString(),
                    row.createdAt());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable credit outbox row " + row.id(), e);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
