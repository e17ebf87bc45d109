package cn.energyinspect.workflow;

import java.util.Objects;
import java.util.Set;

/**
 * Who asks, with the candidate groups the application derives from its roles: {@code agency-<agencyId>-SUPERVISOR},
 * {@code agency-<agencyId>-INSPECTOR}, {@code enterprise-<统一社会信用代码>} (see {@code SiteInspectionProcess.Groups}).
 */
public record Actor(String username, Set<String> groups) {
    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
