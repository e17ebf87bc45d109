package cn.energyinspect.app.devservices;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a MySQL JDBC URL without {@code nullDatabaseMeansCurrent=true}: without it Connector/J answers Camunda's
 * schema check with the tables of every database on the server, Camunda believes its tables exist and skips creating
 * them, and the first process start fails far from the cause.
 */
public class DatabaseUrlCheck implements EnvironmentPostProcessor, Ordered {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && url.startsWith("jdbc:mysql:") && !url.contains("nullDatabaseMeansCurrent=true")) {
            throw new IllegalStateException(
                    "spring.datasource.url (SPRING_DATASOURCE_URL) 必须包含 nullDatabaseMeansCurrent=true"
                            + " — the MySQL URL must carry nullDatabaseMeansCurrent=true, otherwise Camunda sees the tables of other"
                            + " databases on the same server and skips creating its own. Example: "
                            + "jdbc:mysql://db:3306/energyinspect?nullDatabaseMeansCurrent=true&characterEncoding=UTF-8");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
