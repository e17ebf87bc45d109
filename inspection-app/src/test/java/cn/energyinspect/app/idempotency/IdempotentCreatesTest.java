package cn.energyinspect.app.idempotency;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A create whose reply was lost is resent with its Idempotency-Key: the first result comes back, nothing twice. */
@IntegrationTest
class IdempotentCreatesTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_resent_registration_gets_the_first_result_and_another_body_under_the_key_is_a_conflict() {
        Api supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
        EnterpriseForm form = anEnterprise().inRegion("330106").build();
        Api keyed = supervisor.withHeader(IdempotencyKeys.HEADER, "register-" + form.uscc());

        Api.Response first = keyed.post("/api/v1/enterprises", form);
        Api.Response resent = keyed.post("/api/v1/enterprises", form);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(resent.status())
                .as("not a 409 for the code this client registered itself")
                .isEqualTo(201);
        assertThat(resent.json().path("uscc").asText()).isEqualTo(form.uscc());
        assertThat(supervisor.post("/api/v1/enterprises", form).status())
                .as("without the key the duplicate is still refused")
                .isEqualTo(409);
        EnterpriseForm other = anEnterprise().inRegion("330106").build();
        Api.Response reused = keyed.post("/api/v1/enterprises", other);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.problemFields()).containsExactly(IdempotencyKeys.HEADER);
        assertThat(count("SELECT COUNT(*) FROM enterprise WHERE uscc = ?", other.uscc()))
                .isZero();
    }

    @Test
    void a_case_opened_twice_at_once_with_one_key_is_opened_once() throws Exception {
        CaseWorld.World world = worlds.create("330106");
        Api supervisor =
                Api.as(port, world.supervisor()).withHeader(IdempotencyKeys.HEADER, "open-" + world.enterpriseUscc());
        Map<String, Object> command =
                Map.of("enterpriseUscc", world.enterpriseUscc(), "trigger", "MANUAL", "inspectionType", "ON_SITE");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Api.Response>> sends = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> supervisor.post("/api/v1/cases", command), pool))
                    .toList();
            List<Api.Response> answers =
                    sends.stream().map(CompletableFuture::join).toList();

            assertThat(answers)
                    .allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
            assertThat(answers.stream().map(a -> a.json().path("id").asLong()).distinct())
                    .hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM inspection_case WHERE enterprise_uscc = ?", world.enterpriseUscc()))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_201_of_a_new_case_is_the_case_its_resend_and_its_page_read_back() {
        CaseWorld.World world = worlds.create("330106");
        Api supervisor = Api.as(port, world.supervisor());
        Api keyed = supervisor.withHeader(IdempotencyKeys.HEADER, "view-" + world.enterpriseUscc());
        Map<String, Object> command =
                Map.of("enterpriseUscc", world.enterpriseUscc(), "trigger", "COMPLAINT", "inspectionType", "ON_SITE");

        Api.Response opened = keyed.post("/api/v1/cases", command);
        Api.Response resent = keyed.post("/api/v1/cases", command);

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("openSteps")).hasSize(1);
        assertThat(resent.status()).as(resent.body()).isEqualTo(201);
        assertThat(resent.json()).as("the resend reads the case back whole").isEqualTo(opened.json());
        Api.Response page =
                supervisor.get("/api/v1/cases/" + opened.json().path("id").asLong());
        assertThat(page.json()).isEqualTo(opened.json());
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }
}
