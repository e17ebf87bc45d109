package cn.energyinspect.rules.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may be on the team of a case (行政处罚法 Art. 42: at least two officers holding a valid 执法证; a declared conflict
 * of interest, 回避, keeps an officer off the enterprise's team). A pure function over the facts of each candidate.
 */
public final class TeamEligibility {
    private final int minimumTeam;

    TeamEligibility(int minimumTeam) {
        this.minimumTeam = minimumTeam;
    }

    /**
     * What is known of one officer.
     *
     * @param displayName the name messages use (never the login name)
     * @param agencyId the agency the officer belongs to
     * @param inspector holds the inspector role
     * @param enabled the account is enabled
     * @param certificateNo the 执法证 number, {@code null} without one
     * @param certificateValidFrom first day the certificate is valid, {@code null} when not recorded
     * @param certificateValidUntil last day the certificate is valid, {@code null} without one
     * @param conflicts 统一社会信用代码 of the enterprises the officer declared a conflict (回避) with
     */
    public record Candidate(
            String username,
            String displayName,
            Long agencyId,
            boolean inspector,
            boolean enabled,
            String certificateNo,
            LocalDate certificateValidFrom,
            LocalDate certificateValidUntil,
            Set<String> conflicts) {
        public Candidate {
            Objects.requireNonNull(username, "username");
            displayName = displayName == null || displayName.isBlank() ? "（未登记姓名）" : displayName;
            conflicts = conflicts == null ? Set.of() : Set.copyOf(conflicts);
        }

        /** An officer whose certificate's first day is not recorded. */
        public Candidate(
                String username,
                String displayName,
                Long agencyId,
                boolean inspector,
                boolean enabled,
                String certificateNo,
                LocalDate certificateValidUntil,
                Set<String> conflicts) {
            this(
                    username,
                    displayName,
                    agencyId,
                    inspector,
                    enabled,
                    certificateNo,
                    null,
                    certificateValidUntil,
                    conflicts);
        }
    }

    /** Whether one officer may be on the team, and if not, every reason in words a supervisor can act on. */
    public record Verdict(String username, String displayName, boolean eligible, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    /** The team as a whole: each member's verdict and what the team lacks. */
    public record TeamVerdict(boolean valid, List<Verdict> members, List<String> problems) {
        public TeamVerdict {
            members = List.copyOf(members);
            problems = List.copyOf(problems);
        }
    }

    public int minimumTeam() {
        return minimumTeam;
    }

    /** May {@code candidate} inspect {@code enterpriseUscc} for agency {@code agencyId} on {@code date}? */
    public Verdict check(Candidate candidate, long agencyId, String enterpriseUscc, LocalDate date) {
        List<String> reasons = new ArrayList<>();
        if (!candidate.inspector()) {
            reasons.add("不是监察员");
        }
        if (!candidate.enabled()) {
            reasons.add("账号已停用");
        }
        if (candidate.agencyId() == null || candidate.agencyId() != agencyId) {
            reasons.add("不属于本机构");
        }
        if (candidate.certificateNo() == null || candidate.certificateNo().isBlank()) {
            reasons.add("没有行政执法证");
        } else if (candidate.certificateValidUntil() == null
                || candidate.certificateValidUntil().isBefore(date)) {
            reasons.add("行政执法证在 " + date + " 已过期");
        } else if (candidate.certificateValidFrom() != null
                && candidate.certificateValidFrom().isAfter(date)) {
            reasons.add("行政执法证自 " + candidate.certificateValidFrom() + " 起才生效");
        }
        if (candidate.conflicts().contains(enterpriseUscc)) {
            reasons.add("已声明与该企业回避");
        }
        return new Verdict(candidate.username(), candidate.displayName(), reasons.isEmpty(), reasons);
    }

    /** The team of distinct {@code candidates}: every member eligible, and at least the minimum number of them. */
    public TeamVerdict team(List<Candidate> candidates, long agencyId, String enterpriseUscc, LocalDate date) {
        List<Verdict> verdicts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            if (seen.add(candidate.username())) {
                verdicts.add(check(candidate, agencyId, enterpriseUscc, date));
            }
        }
        List<String> problems = new ArrayList<>();
        long eligible = verdicts.stream().filter(Verdict::eligible).count();
        if (verdicts.size() < minimumTeam) {
            problems.add("监察组至少需要 " + minimumTeam + " 名持有效执法证的监察员");
        }
        verdicts.stream()
                .filter(v -> !v.eligible())
                .forEach(v -> problems.add(v.displayName() + "：" + String.join("、", v.reasons())));
        return new TeamVerdict(problems.isEmpty() && eligible >= minimumTeam, verdicts, problems);
    }
}
