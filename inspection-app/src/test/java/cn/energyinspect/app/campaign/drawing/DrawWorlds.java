package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.UserMapper;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Makes {@link DrawWorld}s for the tests of the shared context, so each test needs only this one bean. */
@Component
public class DrawWorlds {
    private final Environment environment;
    private final AgencyMapper agencies;
    private final UserMapper users;
    private final EnterpriseMapper register;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;

    DrawWorlds(
            Environment environment,
            AgencyMapper agencies,
            UserMapper users,
            EnterpriseMapper register,
            PasswordEncoder encoder,
            JdbcTemplate jdbc) {
        this.environment = environment;
        this.agencies = agencies;
        this.users = users;
        this.register = register;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    /** A fresh agency of {@code tier} in {@code region} with a signed-in supervisor (the server's port, read now). */
    public DrawWorld create(String region, Agency.Tier tier) {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        return new DrawWorld(port, region, tier, agencies, users, register, encoder, jdbc);
    }
}
