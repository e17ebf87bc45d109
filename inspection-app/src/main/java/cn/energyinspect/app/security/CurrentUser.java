package cn.energyinspect.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authenticated user as the rest of the application sees it: who, in which role, for which agency and region. The
 * principal of every authenticated request, whether it came with a session or a bearer token. Serializable: a
 * session's security context is stored in the database, where every app node reads it.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Role role,
        String regionCode,
        Long agencyId,
        String enterpriseUscc)
        implements java.security.Principal, java.io.Serializable {
    /** Kept in the session (Spring Session JDBC serializes it): change it when the fields change. */
    private static final long serialVersionUID = 1L;

    /** The username, so {@code Principal#getName()} works for modules that know nothing of this record. */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String getName() {
        return username;
    }

    public Jurisdiction jurisdiction() {
        return new Jurisdiction(regionCode, role == Role.ENTERPRISE ? enterpriseUscc : null);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** Refuses (403 with {@code why}, for the user to read) unless the user has one of the roles. */
    public void requireRole(String why, Role... roles) {
        if (!hasRole(roles)) {
            throw cn.energyinspect.app.refusal.Refusal.forbidden(why);
        }
    }

    /** The agency's own users (not an enterprise): the agency API's reads of cases go through here. */
    public void requireAgencyUser() {
        requireRole("企业用户请在企业门户查看本企业的案件和文书", Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR);
    }

    Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    static CurrentUser of(UserAccount account) {
        return new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.role(),
                account.regionCode(),
                account.agencyId(),
                account.enterpriseUscc());
    }
}
