package cn.energyinspect.app.support;

import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserMapper;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates users and API clients for tests, straight in the real database. */
@TestConfiguration
public class TestFixtures {
    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Bean
    @org.springframework.context.annotation.Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    Users users(UserMapper users, AgencyMapper agencies, PasswordEncoder encoder) {
        return new Users(users, agencies, encoder);
    }

    /** Test users of each role and region; each call makes a new, uniquely named user. */
    public static final class Users {
        private final UserMapper users;
        private final AgencyMapper agencies;
        private final String hash;

        Users(UserMapper users, AgencyMapper agencies, PasswordEncoder encoder) {
            this.users = users;
            this.agencies = agencies;
            this.hash = encoder.encode(PASSWORD);
        }

        public String create(Role role, String regionCode) {
            return create(role, regionCode, null);
        }

        public String enterpriseUser(String uscc, String regionCode) {
            return create(Role.ENTERPRISE, regionCode, uscc);
        }

        private String create(Role role, String regionCode, String uscc) {
            String username = role.name().toLowerCase() + "-" + regionCode + "-" + SEQUENCE.incrementAndGet() + "-"
                    + Long.toString(System.nanoTime(), 36);
            Long agency = role == Role.ENTERPRISE
                    ? null
                    : agencies.findByRegion(regionCode).map(a -> a.id()).orElse(null);
            users.insert(UserAccount.create(
                    username,
                    hash,
                    "测试" + role.name(),
                    role,
                    regionCode,
                    agency,
                    uscc,
                    role == Role.INSPECTOR ? "TEST" + SEQUENCE.get() : null,
                    role == Role.INSPECTOR ? LocalDate.of(2030, 1, 1) : null));
            return username;
        }
    }

    /** Base URL of the running test server. */
    public static String baseUrl(@LocalServerPort int port) {
        return "http://127.0.0.1:" + port;
    }
}
