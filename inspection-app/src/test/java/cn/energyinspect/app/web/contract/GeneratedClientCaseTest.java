package cn.energyinspect.app.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The description at /v3/api-docs is what integrators generate their clients from: this test does the same at test
 * time, from the running server, with openapi-generator (java, native library, Jackson), compiles the client and runs
 * one case through it from opening to closure. A description that does not validate, a client that does not compile,
 * a payload the server refuses or a status code the client does not expect fails here.
 */
@IntegrationTest
class GeneratedClientCaseTest {
    private static final Logger log = LoggerFactory.getLogger(GeneratedClientCaseTest.class);

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_case_runs_from_opening_to_closure_through_a_client_generated_from_the_live_description() throws Exception {
        Path folder = Path.of("target", "contract-client");
        Files.createDirectories(folder);
        Path spec = folder.resolve("openapi.json");
        Api.Response description = Api.anonymous(port).get("/v3/api-docs");
        assertThat(description.status()).isEqualTo(200);
        Files.writeString(spec, description.body());

        long start = System.nanoTime();
        GeneratedClient client = GeneratedClient.generate(
                spec.getParent().resolve("openapi.json"),
                folder.resolve("client"),
                List.of(Path.of(GeneratedClientCaseTest.class
                        .getResource("/contract/CaseThroughGeneratedClient.java")
                        .toURI())),
                CaseScenario.class);
        long generated = System.nanoTime();
        CaseScenario scenario =
                (CaseScenario) client.load("cn.energyinspect.contract.scenario.CaseThroughGeneratedClient")
                        .getDeclaredConstructor()
                        .newInstance();
        CaseWorld.World world = worlds.create("330106");
        Map<String, Object> seen = scenario.run(new CaseScenario.Run() {
            @Override
            public String baseUrl() {
                return "http://127.0.0.1:" + port;
            }

            @Override
            public String password() {
                return TestFixtures.PASSWORD;
            }

            @Override
            public CaseWorld.World world() {
                return world;
            }

            @Override
            public void clockAt(Instant instant) {
                clock.set(instant);
            }
        });
        long ran = System.nanoTime();
        log.info(
                "M-CONTRACT generated client: {} files generated in {} ms, {} sources compiled in {} ms, case run in {} ms",
                client.figures().generatedFiles(),
                client.figures().generateMillis(),
                client.figures().compiledSources(),
                client.figures().compileMillis(),
                (ran - generated) / 1_000_000);
        Files.writeString(
                folder.resolve("metrics.txt"),
                "generate_ms=" + client.figures().generateMillis() + "\ncompile_ms="
                        + client.figures().compileMillis()
                        + "\ncase_run_ms=" + (ran - generated) / 1_000_000 + "\ntotal_ms=" + (ran - start) / 1_000_000
                        + "\n");

        long caseId = (Long) seen.get("caseId");
        assertThat(seen.get("open.status")).isEqualTo(201);
        assertThat(seen.get("open.location")).isEqualTo(List.of("/api/v1/cases/" + caseId));
        assertThat(seen).containsEntry("Task_AssignTeam", 200).containsEntry("Task_ApproveClosure", 200);
        assertThat(seen.get("findings")).isEqualTo(1);
        assertThat(String.valueOf(seen.get("finding.kind"))).isEqualTo("OVER_QUOTA");
        assertThat(seen.get("statement.status")).isEqualTo(204);
        assertThat(seen.get("served.status")).isEqualTo("RECTIFYING");
        assertThat(seen.get("answer.duplicate")).isEqualTo(false);
        assertThat(seen.get("closed.status")).isEqualTo("CLOSED");
        assertThat(seen.get("closed.openSteps")).isEqualTo(0);
        assertThat(seen.get("notice.pdf")).isEqualTo("%PDF-");
        @SuppressWarnings("unchecked")
        List<String> documents = (List<String>) seen.get("documents");
        assertThat(documents).contains("INSPECTION_NOTICE", "ON_SITE_RECORD", "RECTIFICATION_NOTICE", "REVIEW_OPINION");
        // and the server agrees, read without the generated client
        assertThat(Api.as(port, world.supervisor())
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("CLOSED");
    }
}
