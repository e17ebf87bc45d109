package cn.energyinspect.app.penalty.credit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The provincial credit platform (双公示 平台), as the outbox delivers to it. The transport is the province's: an exchange
 * file uploaded by hand (the default, {@link FileExportPlatform}), a 前置机 database or an API. An adapter delivers a
 * batch and says per row what happened; every delivery carries the outbox row's id, which the platform (or the person
 * uploading the file) uses to recognise a repeat.
 */
public interface CreditPlatform {

    /** The adapter's name, recorded with each receipt. */
    String name();

    /**
     * Delivers the batch.
     *
     * @return one result per delivery, in any order
     * @throws PlatformUnavailableException the platform cannot be reached at all: nothing was delivered, the rows wait
     */
    List<Result> deliver(List<Delivery> batch);

    /**
     * One push.
     *
     * @param id the outbox row, the push's idempotency key
     * @param action {@code PUBLISH}, {@code CORRECT}, {@code STOP} or {@code WITHDRAW}
     * @param record the exchange record: every CF_* field as the exchange writes it
     * @param reason why a record is corrected, stopped or withdrawn; {@code null} for a publication
     */
    record Delivery(
            long id,
            long penaltyId,
            String action,
            String decisionNumber,
            Map<String, String> record,
            String reason,
            Instant createdAt) {}

    /**
     * What became of one push.
     *
     * @param receipt the platform's receipt (or the file it was written to) when delivered
     * @param error why the platform refused it, when not delivered
     */
    record Result(long id, boolean delivered, String receipt, String error) {
        public static Result delivered(long id, String receipt) {
            return new Result(id, true, receipt, null);
        }

        public static Result refused(long id, String error) {
            return new Result(id, false, null, error);
        }
    }

    /** The platform cannot be reached: the batch is not delivered and not counted as an attempt. */
    class PlatformUnavailableException extends RuntimeException {
        public PlatformUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
