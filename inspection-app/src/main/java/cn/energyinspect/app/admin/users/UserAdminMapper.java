package cn.energyinspect.app.admin.users;

import cn.energyinspect.app.security.Role;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserAdminMapper {
    /** The filter of the administrators' user list; {@code prefix} is the administrator's region (always applied). */
    record UserQuery(
            String prefix,
            String q,
            Role role,
            Long agencyId,
            String regionPrefix,
            Boolean enabled,
            int offset,
            int size) {}

    List<UserView> search(UserQuery query);

    long count(UserQuery query);

    Optional<UserView> find(@Param("username") String username);

    Optional<Long> idOf(@Param("username") String username);

    boolean usernameTaken(@Param("username") String username);

    /** Insert parameter of a new account, with its generated id written back. */
    final class NewUser {
        public Long id;
        public final String username;
        public final String passwordHash;
        public final String displayName;
        public final Role role;
        public final String regionCode;
        public final Long agencyId;
        public final String enterpriseUscc;
        public final String phone;

        NewUser(
                String username,
                String passwordHash,
                String displayName,
                Role role,
                String regionCode,
                Long agencyId,
                String enterpriseUscc,
                String phone) {
            this.username = username;
            this.passwordHash = passwordHash;
            this.displayName = displayName;
            this.role = role;
            this.regionCode = regionCode;
            this.agencyId = agencyId;
            this.enterpriseUscc = enterpriseUscc;
            this.phone = phone;
        }
    }

    void insert(NewUser user);

    /** @return 1 when the row had {@code version}, 0 when someone changed it meanwhile */
    int update(
            @Param("username") String username,
            @Param("version") int version,
            @Param("displayName") String displayName,
            @Param("role") Role role,
            @Param("regionCode") String regionCode,
            @Param("agencyId") Long agencyId,
            @Param("enterpriseUscc") String enterpriseUscc,
            @Param("phone") String phone);
}
