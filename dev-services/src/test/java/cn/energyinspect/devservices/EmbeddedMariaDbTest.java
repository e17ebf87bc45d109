package cn.energyinspect.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {
    private static final String NOTICE = "责令限期整改通知书 🏭";

    @Test
    void stores_and_reads_chinese_text_and_4_byte_characters() throws SQLException {
        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(MariaDbSettings.forTests());

        try (Connection connection = connect(db, "shared_test")) {
            execute(connection, "CREATE TABLE notice (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL)");
            execute(connection, "INSERT INTO notice VALUES (1, '" + NOTICE + "')");

            assertThat(queryString(connection, "SELECT title FROM notice WHERE id = 1"))
                    .isEqualTo(NOTICE);
            assertThat(queryString(connection, "SELECT @@character_set_database"))
                    .isEqualTo("utf8mb4");
            assertThat(queryString(connection, "SELECT @@version")).startsWith("11.4.");
        }
    }

    @Test
    void a_second_start_in_the_same_jvm_reuses_the_running_server() {
        EmbeddedMariaDb first = EmbeddedMariaDb.startShared(MariaDbSettings.forTests());
        EmbeddedMariaDb second = EmbeddedMariaDb.startShared(MariaDbSettings.forTests());

        assertThat(second).isSameAs(first);
        assertThat(second.port()).isEqualTo(first.port());
        assertThat(second.pid()).isEqualTo(first.pid());
    }

    @Test
    void jdbc_url_names_the_options_the_app_relies_on() {
        String url = EmbeddedMariaDb.startShared(MariaDbSettings.forTests()).jdbcUrl("url_test");

        assertThat(url)
                .startsWith("jdbc:mysql://127.0.0.1:")
                .contains("/url_test?")
                .contains("nullDatabaseMeansCurrent=true", "useUnicode=true", "characterEncoding=UTF-8")
                .contains("serverTimezone=UTC", "allowPublicKeyRetrieval=true", "useSSL=false");
    }

    @Test
    void a_persistent_folder_keeps_its_data_when_the_server_restarts(@TempDir Path dir) throws SQLException {
        MariaDbSettings settings = new MariaDbSettings(dir.resolve("mariadb"), 0, Duration.ofSeconds(120));
        EmbeddedMariaDb first = EmbeddedMariaDb.startShared(settings);
        try (Connection connection = connect(first, "inspection")) {
            execute(connection, "CREATE TABLE enterprise (credit_code CHAR(18) PRIMARY KEY, name VARCHAR(100))");
            execute(connection, "INSERT INTO enterprise VALUES ('91330106MA2XXXXX0X', '杭州某水泥有限公司')");
        }
        long firstPid = first.pid();
        first.close();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));

        EmbeddedMariaDb second = EmbeddedMariaDb.startShared(settings);
        try (Connection connection = connect(second, "inspection")) {
            assertThat(second).isNotSameAs(first);
            assertThat(queryString(connection, "SELECT name FROM enterprise")).isEqualTo("杭州某水泥有限公司");
        } finally {
            second.close();
        }
    }

    @Test
    void a_killed_server_is_started_again_on_its_port_with_its_data_and_says_so(@TempDir Path dir) throws Exception {
        RecordingLog log = new RecordingLog();
        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(
                new MariaDbSettings(dir.resolve("mariadb"), 0, Duration.ofSeconds(120)), log);
        try {
            try (Connection connection = connect(db, "inspection")) {
                execute(connection, "CREATE TABLE enterprise (credit_code CHAR(18) PRIMARY KEY, name VARCHAR(100))");
                execute(connection, "INSERT INTO enterprise VALUES ('91330106MA2XXXXX0X', '杭州某水泥有限公司')");
            }
            assertThat(log.contains("MariaDB ready on 127.0.0.1:" + db.port())).isTrue();
            long killed = db.pid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9, as the OOM killer would

            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!log.contains("started again") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(log.contains("(pid " + killed + ") exited"))
                    .as(log.lines.toString())
                    .isTrue();
            assertThat(log.contains("started again")).as(log.lines.toString()).isTrue();
            assertThat(db.pid()).isNotEqualTo(killed);
            try (Connection connection = connect(db, "inspection")) {
                assertThat(queryString(connection, "SELECT name FROM enterprise"))
                        .isEqualTo("杭州某水泥有限公司");
            }
        } finally {
            db.close();
        }
        assertThat(ProcessHandle.of(db.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void a_port_in_use_is_named_in_the_error(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            MariaDbSettings settings = new MariaDbSettings(dir, port, Duration.ofSeconds(120));

            assertThatThrownBy(() -> EmbeddedMariaDb.startShared(settings))
                    .isInstanceOf(DevServiceException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void a_data_folder_that_cannot_be_created_is_named_in_the_error(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        MariaDbSettings settings = new MariaDbSettings(file.resolve("mariadb"), 0, Duration.ofSeconds(120));

        assertThatThrownBy(() -> EmbeddedMariaDb.startShared(settings))
                .isInstanceOf(DevServiceException.class)
                .hasMessageContaining(file.resolve("mariadb").toString())
                .hasMessageContaining("not writable");
    }

    private static Connection connect(EmbeddedMariaDb db, String database) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(database), db.username(), db.password());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }
}
