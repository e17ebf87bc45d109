package cn.energyinspect.app.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserMapper;
import cn.energyinspect.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class DemoPasswordGuardTest {
    @Autowired
    UserMapper users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_production_start_is_refused_while_a_demo_account_keeps_the_demo_password() {
        DemoPasswordGuard guard = new DemoPasswordGuard(users, encoder);
        assertThatCode(guard::afterSingletonsInstantiated).doesNotThrowAnyException();
        users.insert(UserAccount.create(
                "inspector-nb",
                encoder.encode(DemoUsers.PASSWORD),
                "王监察",
                Role.INSPECTOR,
                "330203",
                null,
                null,
                null,
                null));
        try {
            assertThatThrownBy(guard::afterSingletonsInstantiated)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inspector-nb");

            jdbc.update(
                    "UPDATE app_user SET password_hash = ? WHERE username = 'inspector-nb'",
                    encoder.encode("changed-1"));
            assertThatCode(guard::afterSingletonsInstantiated).doesNotThrowAnyException();
        } finally {
            jdbc.update("DELETE FROM app_user WHERE username = 'inspector-nb'");
        }
    }
}
