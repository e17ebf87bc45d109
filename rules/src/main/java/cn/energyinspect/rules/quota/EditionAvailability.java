package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import java.time.LocalDate;

/**
 * Whether an edition of the quota standard is loaded for a product, indicator and date, asked without grading (see
 * {@link QuotaGrading#availability}). A caller that finds none loaded can hand the figure to the inspector to grade by
 * the missing edition instead of blocking on an {@link cn.energyinspect.rules.basis.InvalidInputException}.
 *
 * @param loaded whether an edition in force on {@code date} is loaded
 * @param edition the edition that grades the date, or {@code null} when none is loaded
 * @param standard the standard number, e.g. {@code GB 21256}
 * @param missingEdition when not loaded: the edition that applied then, e.g. {@code GB 21256-2013}, or {@code null}
 *     when the data does not name it
 * @param missingBefore when not loaded and a later edition is: the day that edition took effect (the missing one
 *     applied before it)
 * @param message when not loaded: the Chinese explanation the grading's {@code date} violation also carries
 */
public record EditionAvailability(
        String product,
        String indicator,
        LocalDate date,
        boolean loaded,
        Basis edition,
        String standard,
        String missingEdition,
        LocalDate missingBefore,
        String message) {}
