package cn.energyinspect.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.MobileDevice;
import cn.energyinspect.app.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resends racing their original (a phone that timed out and resent while the first request was still being served):
 * five identical requests at once all get the original's receipt, and the command is done once.
 */
@IntegrationTest
class ResendRaceTest {
    private static final int AT_ONCE = 5;

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void answers_and_a_photo_sent_five_times_at_once_are_saved_once_and_every_sender_gets_the_receipt() {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        MobileDevice phone = new MobileDevice(port, steps.inspector2, steps.caseId);

        List<Api.Response> answers = atOnce(() -> phone.answers(
                "race-answers-" + steps.caseId, Map.of("ENERGY_MANAGER", Map.of("value", false)), Map.of()));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> !a.json().path("duplicate").asBoolean()))
                .as("one original, the others resends")
                .hasSize(1);
        assertThat(answers.stream()
                        .map(a -> a.json().path("versions").toString())
                        .distinct())
                .as("every sender gets the original's receipt")
                .containsExactly("{\"ENERGY_MANAGER\":1}");
        assertThat(answers.stream()
                        .map(a -> a.json().path("receivedAt").asText())
                        .distinct())
                .hasSize(1);
        // each save of an answer raises its version: version 1 is one save
        long savedAnswers = jdbc.queryForObject(
                "SELECT MAX(version) FROM checklist_answer WHERE case_id = ? AND item_code = 'ENERGY_MANAGER'",
                Long.class,
                steps.caseId);

        byte[] png = MobileDevice.png(7);
        List<Api.Response> photos = atOnce(() -> phone.photo("race-photo-" + steps.caseId, "现场.png", png, "熟料车间"));
        assertThat(photos).allSatisfy(p -> assertThat(p.status()).as(p.body()).isEqualTo(200));
        assertThat(photos.stream()
                        .map(p -> p.json().path("resourceId").asLong())
                        .distinct())
                .as("one evidence item, its id in every receipt")
                .hasSize(1);
        long storedPhotos = jdbc.queryForObject(
                "SELECT COUNT(*) FROM evidence_file WHERE case_id = ? AND sha256 = ?",
                Long.class,
                steps.caseId,
                MobileDevice.sha256(png));

        System.out.println("FAULT resend-race answers: sent=" + AT_ONCE + " acknowledged="
                + answers.stream().filter(a -> a.status() == 200).count() + " stored=" + savedAnswers
                + " duplicated=" + (savedAnswers - 1) + " lost=0; photo: sent=" + AT_ONCE + " acknowledged="
                + photos.stream().filter(p -> p.status() == 200).count() + " stored=" + storedPhotos
                + " duplicated=" + (storedPhotos - 1));
        assertThat(savedAnswers).isEqualTo(1);
        assertThat(storedPhotos).isEqualTo(1);
    }

    /** {@link #AT_ONCE} identical sends, released together. */
    private static List<Api.Response> atOnce(Supplier<Api.Response> send) {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Api.Response>> sends = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return send.get();
                            },
                            pool))
                    .toList();
            start.countDown();
            return sends.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
