package cn.energyinspect.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.EnergyInspectApplication;
import cn.energyinspect.app.evidence.EvidenceProperties;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.devservices.ElasticsearchSettings;
import cn.energyinspect.devservices.EmbeddedElasticsearch;
import cn.energyinspect.devservices.EmbeddedMariaDb;
import cn.energyinspect.devservices.MariaDbSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup of docs/operations.md, actually run: the database dumped with {@code mariadb-dump --single-transaction}
 * while the application runs, the evidence files copied after it, the dump loaded into a new database, and a second
 * application started on the restored database, the copied files and an empty search node. The people sign in there
 * with their passwords, the issued notice is still the same PDF, the search fills itself from the database, and the
 * case goes on to its next step — while the original stays where it was.
 */
@IntegrationTest
class BackupRestoreTest {
    private static final Instant MONDAY_1_JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");
    private static final String RESTORED = "energyinspect_restored";

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    EvidenceProperties evidence;

    @TempDir
    Path backup;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_restored_backup_starts_the_application_and_the_case_goes_on() throws Exception {
        clock.set(MONDAY_1_JUNE_2026);
        CaseSteps original = new CaseSteps(port, worlds.create("330106"));
        original.open("MANUAL");
        original.assignTeamAndServeNotice("2026-06-08", "2026-06-01");
        JsonNode before = original.detail();
        long noticeId = notice(before);
        byte[] noticePdf = original.supervisor.bytes(noticePath(original, noticeId));
        clock.reset();

        EmbeddedMariaDb db = EmbeddedMariaDb.startShared(MariaDbSettings.forTests()); // this JVM's running server
        Path dump = backup.resolve("energyinspect.sql");
        long t0 = System.nanoTime();
        run(db.client(
                "mariadb-dump",
                List.of(
                        "--single-transaction",
                        "--routines",
                        "--triggers",
                        "--events",
                        "--hex-blob",
                        "--default-character-set=utf8mb4",
                        "--result-file=" + dump,
                        "energyinspect")));
        long dumped = System.nanoTime();
        Path files = backup.resolve("evidence");
        long fileBytes = copyTree(evidence.storeDir().toAbsolutePath(), files);
        long copied = System.nanoTime();
        run(db.client(
                "mariadb",
                List.of("--execute=DROP DATABASE IF EXISTS " + RESTORED + "; CREATE DATABASE " + RESTORED
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci")));
        run(db.client("mariadb", List.of("--default-character-set=utf8mb4", RESTORED))
                .redirectInput(dump.toFile()));
        long restoredAt = System.nanoTime();

        try (EmbeddedElasticsearch search = EmbeddedElasticsearch.startShared(new ElasticsearchSettings(
                Files.createDirectories(backup.resolve("search")), 0, "384m", Duration.ofSeconds(120)))) {
            long searchReady = System.nanoTime();
            try (ConfigurableApplicationContext restored = startOn(db, search, files)) {
                long started = System.nanoTime();
                int restoredPort = Integer.parseInt(restored.getEnvironment().getProperty("local.server.port"));
                CaseSteps carriedOn = new CaseSteps(restoredPort, original.world);
                carriedOn.caseId = original.caseId;

                JsonNode restoredCase = carriedOn.detail();
                assertThat(restoredCase.path("caseNumber").asText())
                        .isEqualTo(before.path("caseNumber").asText());
                assertThat(restoredCase.path("status").asText())
                        .isEqualTo(before.path("status").asText());
                assertThat(carriedOn.supervisor.bytes(noticePath(carriedOn, noticeId)))
                        .as("the issued notice, from the copied files")
                        .isEqualTo(noticePdf);

                CaseSteps.ok(carriedOn.inspect(
                        118, Instant.parse("2026-06-08T01:00:00Z"), Instant.parse("2026-06-08T06:00:00Z")));
                JsonNode inspected = carriedOn.detail();
                assertThat(inspected.path("findings")).hasSize(1);
                assertThat(inspected.path("findings").get(0).path("kind").asText())
                        .isEqualTo("OVER_QUOTA");
                assertThat(original.detail().path("findings"))
                        .as("the original database is untouched")
                        .isEmpty();

                long found = awaitFound(
                        carriedOn.supervisor, before.path("caseNumber").asText());
                assertThat(tablesWithoutPrimaryKey(restored))
                        .as("Group Replication (InnoDB Cluster) needs a primary key on every table")
                        .isEmpty();
                System.out.printf(
                        "E-BACKUP dump %d KB in %d ms, evidence %d KB copied in %d ms, restore %d ms; a new search"
                                + " node started in %d ms, the application on the restored database in %d ms, the case"
                                + " found by search %d ms after the start (the index filled from the database)%n",
                        Files.size(dump) / 1024,
                        ms(dumped - t0),
                        fileBytes / 1024,
                        ms(copied - dumped),
                        ms(restoredAt - copied),
                        ms(searchReady - restoredAt),
                        ms(started - searchReady),
                        ms(found - started));
            }
        } finally {
            run(db.client("mariadb", List.of("--execute=DROP DATABASE IF EXISTS " + RESTORED)));
        }
    }

    /** The application as a node of the restored installation starts it: its database, files and search node. */
    private static ConfigurableApplicationContext startOn(
            EmbeddedMariaDb db, EmbeddedElasticsearch search, Path files) {
        String noLogging = "org.springframework.boot.logging.LoggingSystem";
        System.setProperty(noLogging, "none"); // keep the test JVM's logging as the shared application set it up
        try {
            return new SpringApplicationBuilder(EnergyInspectApplication.class)
                    .profiles("test")
                    .run(
                            "--spring.datasource.url=" + db.jdbcUrl(RESTORED),
                            "--spring.datasource.username=" + db.username(),
                            "--spring.datasource.password=" + db.password(),
                            "--energyinspect.search.uris=" + search.httpUri(),
                            "--energyinspect.evidence.store-dir=" + files,
                            "--energyinspect.credit.export-dir=" + files.resolveSibling("credit-exports"),
                            "--server.port=0",
                            "--camunda.bpm.process-engine-name=restored",
                            "--management.metrics.use-global-registry=false",
                            "--spring.main.banner-mode=off");
        } finally {
            System.clearProperty(noLogging);
        }
    }

    private static List<String> tablesWithoutPrimaryKey(ConfigurableApplicationContext restored) {
        return restored.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForList(
                        "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                                + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM"
                                + " information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
                                + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')",
                        String.class);
    }

    private static long awaitFound(Api api, String caseNumber) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String path = "/api/v1/search?q=" + java.net.URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
        Api.Response found;
        do {
            found = api.get(path);
            if (found.status() == 200 && found.body().contains(caseNumber)) {
                return System.nanoTime();
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("case " + caseNumber + " not found by the restored search: " + found);
    }

    private static long notice(JsonNode detail) {
        for (JsonNode document : detail.path("documents")) {
            if (document.path("kind").asText().equals("INSPECTION_NOTICE")) {
                return document.path("id").asLong();
            }
        }
        throw new AssertionError("no notice in " + detail.path("documents"));
    }

    private static String noticePath(CaseSteps steps, long noticeId) {
        return "/api/v1/cases/" + steps.caseId + "/documents/" + noticeId + "/pdf";
    }

    /** Copies the evidence folder (an upload's temporary part files left out); returns the bytes copied. */
    private static long copyTree(Path from, Path to) throws IOException {
        long bytes = 0;
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source :
                    paths.filter(p -> !from.relativize(p).startsWith("tmp")).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                    bytes += Files.size(target);
                }
            }
        }
        return bytes;
    }

    private static void run(ProcessBuilder command) throws IOException, InterruptedException {
        Process process =
                command.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (command.redirectInput() == ProcessBuilder.Redirect.PIPE) {
            process.getOutputStream().close();
        }
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command.command() + ": " + errors).isZero();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
