package cn.energyinspect.rules.basis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The regulation a rule applied: standard or law, its edition, the table or clause, the period it is in force, how firm
 * the value is, and where it was taken from. Every rule result carries at least one.
 *
 * @param standard e.g. {@code GB 16780} or {@code 节约能源法}
 * @param edition e.g. {@code 2021}
 * @param clause table or article, e.g. {@code 表1} or {@code 第十六条}
 * @param effectiveFrom first day in force
 * @param effectiveTo last day in force, or {@code null} while current
 * @param confidence how firm the value is
 * @param source where the value was taken from (document, page or transcription)
 */
public record Basis(
        String standard,
        String edition,
        String clause,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Confidence confidence,
        String source) {

    public Basis {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** {@code GB 16780-2021} style reference. */
    public String reference() {
        return edition == null || edition.isBlank() ? standard : standard + "-" + edition;
    }

    public boolean unconfirmed() {
        return confidence == Confidence.UNCONFIRMED;
    }

    /** Whether this edition is in force on {@code date} (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
