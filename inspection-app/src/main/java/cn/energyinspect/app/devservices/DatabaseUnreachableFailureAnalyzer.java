package cn.energyinspect.app.devservices;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up that failed because the configured database could not be reached (SQL state class 08). */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getSQLState() == null || !cause.getSQLState().startsWith("08")) {
            return null;
        }
        return new FailureAnalysis(
                "无法连接数据库 — the database named by spring.datasource.url (SPRING_DATASOURCE_URL) could not be reached: "
                        + cause.getMessage(),
                "Check that MySQL 8 is running and reachable, and that SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                        + " SPRING_DATASOURCE_PASSWORD are right. Leave SPRING_DATASOURCE_URL unset to start the embedded"
                        + " MariaDB instead.",
                cause);
    }
}
