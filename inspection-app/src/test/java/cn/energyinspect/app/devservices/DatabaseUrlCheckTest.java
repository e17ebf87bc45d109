package cn.energyinspect.app.devservices;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUrlCheckTest {
    private final DatabaseUrlCheck check = new DatabaseUrlCheck();

    @Test
    void a_mysql_url_without_null_database_means_current_refuses_to_start() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mysql://db:3306/energyinspect");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nullDatabaseMeansCurrent=true");
    }

    @Test
    void a_mysql_url_with_the_flag_is_accepted() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(
                        "spring.datasource.url",
                        "jdbc:mysql://db:3306/energyinspect?nullDatabaseMeansCurrent=true&characterEncoding=UTF-8");

        assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
    }
}
