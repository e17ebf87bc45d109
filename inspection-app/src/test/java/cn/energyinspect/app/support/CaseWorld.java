package cn.energyinspect.app.support;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserMapper;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A fresh county agency with its people and one enterprise, so a test's tasks never mix with another test's: a
 * supervisor, two inspectors with valid 执法证, one whose certificate expired, one who declared a conflict, and the
 * enterprise's own user.
 */
@Component
public class CaseWorld {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AgencyMapper agencies;
    private final UserMapper users;
    private final EnterpriseMapper enterprises;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;

    CaseWorld(
            AgencyMapper agencies,
            UserMapper users,
            EnterpriseMapper enterprises,
            PasswordEncoder encoder,
            JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.users = users;
        this.enterprises = enterprises;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    /** Usernames and ids of one world. */
    public record World(
            long agencyId,
            String county,
            String supervisor,
            String inspector1,
            String inspector2,
            String expiredInspector,
            String conflictedInspector,
            String enterpriseUser,
            String enterpriseUscc) {}

    public World create(String county) {
        int n = SEQUENCE.incrementAndGet();
        String tag = county + "-" + n + "-" + Long.toString(System.nanoTime(), 36);
        AgencyMapper.AgencyInsert agency = new AgencyMapper.AgencyInsert("测试监察大队" + tag, county, Agency.Tier.COUNTY);
        agencies.insert(agency);
        String hash = encoder.encode(TestFixtures.PASSWORD);
        EnterpriseForm enterprise =
                anEnterprise().inRegion(county).named("测试水泥厂" + tag + "有限公司").build();
        enterprises.insert(enterprise, false);
        String supervisor = user("sup-" + tag, hash, Role.SUPERVISOR, county, agency.id, null, null, null);
        String inspector1 = user(
                "insp1-" + tag, hash, Role.INSPECTOR, county, agency.id, null, "证A" + n, LocalDate.of(2029, 12, 31));
        String inspector2 = user(
                "insp2-" + tag, hash, Role.INSPECTOR, county, agency.id, null, "证B" + n, LocalDate.of(2029, 12, 31));
        String expired = user(
                "insp-old-" + tag, hash, Role.INSPECTOR, county, agency.id, null, "证C" + n, LocalDate.of(2020, 1, 1));
        String conflicted = user(
                "insp-kin-" + tag, hash, Role.INSPECTOR, county, agency.id, null, "证D" + n, LocalDate.of(2029, 12, 31));
        jdbc.update(
                "INSERT INTO user_conflict (user_id, enterprise_uscc, reason) SELECT id, ?, '亲属在该企业任职' FROM app_user WHERE username = ?",
                enterprise.uscc(),
                conflicted);
        String enterpriseUser = user("ent-" + tag, hash, Role.ENTERPRISE, county, null, enterprise.uscc(), null, null);
        return new World(
                agency.id,
                county,
                supervisor,
                inspector1,
                inspector2,
                expired,
                conflicted,
                enterpriseUser,
                enterprise.uscc());
    }

    /** A read-only auditor whose region covers the world's county. */
    public String auditorOf(World world) {
        String tag = world.county() + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        return user(
                "aud-" + tag,
                encoder.encode(TestFixtures.PASSWORD),
                Role.AUDITOR,
                world.county(),
                null,
                null,
                null,
                null);
    }

    /** A second supervisor of the world's agency (for four-eyes steps and claims). */
    public String anotherSupervisor(World world) {
        String tag = world.county() + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        return user(
                "sup2-" + tag,
                encoder.encode(TestFixtures.PASSWORD),
                Role.SUPERVISOR,
                world.county(),
                world.agencyId(),
                null,
                null,
                null);
    }

    private String user(
            String username,
            String hash,
            Role role,
            String region,
            Long agency,
            String uscc,
            String cert,
            LocalDate expires) {
        users.insert(UserAccount.create(
                username,
                hash,
                "测试" + role.name() + username.hashCode() % 100,
                role,
                region,
                agency,
                uscc,
                cert,
                expires));
        return username;
    }
}
