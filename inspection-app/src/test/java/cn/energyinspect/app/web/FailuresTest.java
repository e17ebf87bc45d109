package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.TransactionSystemException;

/** An outage told from a bug by the cause chain (DatabaseKilledTest shows it through the running app). */
class FailuresTest {
    @Test
    void a_rollback_failing_after_the_connection_broke_is_an_outage_not_a_bug() {
        // what a registration in flight when MariaDB is killed throws: the insert's broken link, then the rollback's
        RecoverableDataAccessException insert = new RecoverableDataAccessException(
                "Communications link failure", new SQLException("Communications link failure", "08S01"));
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(insert);

        assertThat(Failures.databaseUnavailable(rollback)).isTrue();
    }

    @Test
    void a_rollback_failing_after_a_bug_stays_a_bug() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));

        assertThat(Failures.databaseUnavailable(rollback)).isFalse();
        assertThat(Failures.databaseUnavailable(new IllegalStateException("a bug")))
                .isFalse();
    }
}
