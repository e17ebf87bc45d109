package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.RawHttp;
import cn.energyinspect.app.support.TestFixtures;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload that stops arriving in the middle (a phone losing its network) ends after {@code
 * energyinspect.web.upload-read-timeout} with a 408 problem, and the part written to a temporary file so far is
 * removed; before, it held a worker thread and the file for minutes and got a plain 408.
 */
@IntegrationTest
class StalledUploadTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    ServletContext servletContext;

    @Autowired
    EdgeSettings settings;

    @Test
    void a_stalled_upload_ends_with_a_408_problem_and_leaves_no_temporary_file() throws Exception {
        String token = Api.anonymous(port)
                .post(
                        "/api/v1/auth/token",
                        Map.of("username", users.create(Role.SUPERVISOR, "330106"), "password", TestFixtures.PASSWORD))
                .json()
                .path("token")
                .asText();
        File uploads = (File) servletContext.getAttribute(ServletContext.TEMPDIR);
        byte[] start = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004" + "x".repeat(64 * 1024))
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] head = RawHttp.head(
                "POST",
                "/api/v1/enterprises/import",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=XYZ"),
                2 * 1024 * 1024);

        CompletableFuture<RawHttp.Reply> answer =
                CompletableFuture.supplyAsync(() -> RawHttp.stall(port, head, start, Duration.ofSeconds(120)));
        long held = awaitUploadFile(uploads, answer);
        RawHttp.Reply reply = answer.get(120, TimeUnit.SECONDS);

        System.out.println("FAULT-FIGURE stalled upload answered after "
                + reply.took().toMillis() + " ms, connection and worker thread released after "
                + reply.closed().toMillis() + " ms");
        assertThat(held)
                .as("the stalled part was being written to a temporary file")
                .isPositive();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(408);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:energyinspect:problem:request-timeout");
        // the parser waits once for the data and once more while closing the part; Tomcat then reads once more
        // before it drops the connection: at most three read timeouts, never the minutes of the connection timeout
        Duration readTimeout = settings.uploadReadTimeout();
        assertThat(reply.took())
                .isGreaterThanOrEqualTo(readTimeout.minusSeconds(1))
                .isLessThan(readTimeout.multipliedBy(2).plusSeconds(10));
        assertThat(reply.closed()).isLessThan(readTimeout.multipliedBy(3).plusSeconds(10));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (uploadFiles(uploads) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(uploadFiles(uploads))
                .as("temporary upload files left in " + uploads)
                .isZero();
    }

    /** Waits until the server has started writing the part; how many upload files it holds then. */
    private static long awaitUploadFile(File dir, CompletableFuture<?> answer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !answer.isDone()) {
            long files = uploadFiles(dir);
            if (files > 0) {
                return files;
            }
            Thread.sleep(50);
        }
        return 0;
    }

    private static long uploadFiles(File dir) {
        File[] files = dir.listFiles((d, name) -> name.startsWith("upload_") && name.endsWith(".tmp"));
        return files == null ? 0 : Arrays.stream(files).count();
    }
}
