package cn.energyinspect.app.approval;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the holds across programmes (programmes.md §8) come from: each source of open violations is a bean of this
 * type, and {@link Holds} asks them all. Today {@link InspectionOpenViolations} reads the inspection cases. The penalty
 * module adds its own bean for penalties decided and not yet performed; it then takes over the referred cases that
 * {@link InspectionOpenViolations} reports as {@code PENALTY_PENDING} until it exists (see there).
 */
public interface OpenViolations {

    /**
     * One open violation of an enterprise.
     *
     * @param kind {@code OPEN_CASE}, {@code RECTIFICATION_OVERDUE}, {@code PENALTY_PENDING} (a case referred for penalty,
     *     no penalty module yet) or a kind of another source; named in the dictionary (holdKind)
     * @param caseId the inspection case it rests on, or null for another source
     * @param reference what a person reads to find it: the case number, a decision number
     * @param since the day it began (opened, deadline passed, referred)
     */
    record Violation(String kind, Long caseId, String reference, LocalDate since) {}

    /** The open violations of the enterprise on {@code today} (a business date). */
    List<Violation> of(String enterpriseUscc, LocalDate today);
}
