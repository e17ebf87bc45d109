package cn.energyinspect.app.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void a_long_uncommon_password_without_the_username_passes() {
        assertThat(policy.problems("绿色工厂-节能监察-2026", "inspector1")).isEmpty();
        assertThat(policy.problems("correct horse battery staple", "inspector1"))
                .isEmpty();
    }

    @Test
    void the_shipped_list_knows_the_breached_passwords_of_every_length_whatever_the_case() {
        assertThat(policy.problems("qwerty123456", "someone")).containsExactly("是常见或已泄露的密码，容易被猜中");
        assertThat(policy.problems("1qaz2wsx3edc", "someone")).hasSize(1);
        assertThat(new PasswordPolicy(8).problems("PASSWORD1", "someone")).hasSize(1);
        assertThat(new PasswordPolicy(8).problems("woaini1314", "someone")).hasSize(1);
        assertThat(new PasswordPolicy(8).problems("dragon", "someone"))
                .as("too short and common")
                .hasSize(2);
    }

    @Test
    void too_short_too_long_and_the_username_are_refused() {
        assertThat(policy.problems("Ab3$efgh", "someone")).containsExactly("至少 12 个字符");
        assertThat(policy.problems("节".repeat(25), "someone")).anyMatch(p -> p.contains("72 字节"));
        assertThat(policy.problems("my-Inspector1-password", "inspector1")).containsExactly("不能包含用户名");
        assertThat(policy.problems("my-ｉｎｓｐｅｃｔｏｒ１-password", "inspector1")).containsExactly("不能包含用户名");
        assertThat(policy.problems(null, "someone")).containsExactly("必填");
    }
}
