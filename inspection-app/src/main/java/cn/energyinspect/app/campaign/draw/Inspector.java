package cn.energyinspect.app.campaign.draw;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One inspector of the executing agency's 执法检查人员名录库.
 *
 * @param conflicts enterprises (uscc) the inspector declared a conflict of interest with (回避)
 * @param lastInspected enterprises (uscc) whose last inspection this inspector took part in
 * @param currentLoad open assignments before this draw, used to balance the workload
 */
public record Inspector(
        String username,
        String certificateNo,
        LocalDate certificateValidUntil,
        Set<String> conflicts,
        Set<String> lastInspected,
        int currentLoad) {

    public Inspector {
        Codes.code("username", username);
        Objects.requireNonNull(certificateNo, "certificateNo");
        Objects.requireNonNull(certificateValidUntil, "certificateValidUntil");
        conflicts = sortedUsccs(conflicts);
        lastInspected = sortedUsccs(lastInspected);
        if (currentLoad < 0) {
            throw new IllegalArgumentException("currentLoad must not be negative: " + currentLoad);
        }
    }

    boolean certifiedOn(LocalDate date) {
        return !certificateValidUntil.isBefore(date);
    }

    private static Set<String> sortedUsccs(Set<String> usccs) {
        var sorted = new TreeSet<String>();
        if (usccs != null) {
            usccs.forEach(u -> sorted.add(Codes.uscc(u)));
        }
        return java.util.Collections.unmodifiableSortedSet(sorted);
    }
}
