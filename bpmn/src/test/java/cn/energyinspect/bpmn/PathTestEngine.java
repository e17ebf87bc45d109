package cn.energyinspect.bpmn;

import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import java.sql.Connection;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The engine of the path tests: real MariaDB (dev-services) through the MySQL driver, full history, no job executor
 * (tests run due jobs themselves after moving the clock), mock beans for the delegates, and {@link PathTestCalendar} in
 * place of the workflow module's working-day calendar.
 */
final class PathTestEngine {
    private PathTestEngine() {}

    static ProcessEngineConfiguration configuration() {
        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(MariaDbSettings.forTests());
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration
                .setProcessEngineName("bpmn-path-tests")
                .setDataSource(dataSource(db))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        PathTestCalendar calendar = new PathTestCalendar();
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, calendar);
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, calendar);
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
        // parse listeners and history handler of camunda-process-test-coverage, before the engine is built
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }

    /** READ COMMITTED as in the app (Camunda refuses REPEATABLE READ, MariaDB's default). */
    private static PooledDataSource dataSource(EmbeddedMariaDb db) {
        // Camunda on MySQL: DATETIME without fractions, so the driver must not send them either
        PooledDataSource dataSource = new PooledDataSource(
                "com.mysql.cj.jdbc.Driver",
                db.jdbcUrl("bpmn_test") + "&sendFractionalSeconds=false",
                db.username(),
                db.password());
        dataSource.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
        return dataSource;
    }
}
