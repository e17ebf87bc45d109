package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.RawHttp;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors that no controller raises are problem details too: what the firewall refuses, {@code /error} itself, an
 * {@code Accept} the API cannot serve, broken multipart bodies, JSON with a repeated key, and a bad nested field.
 */
@IntegrationTest
class EdgeProblemsTest {
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    String token;

    @BeforeEach
    void signIn() {
        String supervisor = users.create(Role.SUPERVISOR, "330106");
        token = Api.anonymous(port)
                .post("/api/v1/auth/token", Map.of("username", supervisor, "password", TestFixtures.PASSWORD))
                .json()
                .path("token")
                .asText();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//api/v1/cases",
                "/api/v1//cases",
                "/api/v1/cases;jsessionid=0123",
                "/api/v1/cases%2F1",
                "/api/v1/cases%5C1",
                "/api/v1/%2e%2e/cases",
                "/api/v1/cases/%2e%2e/tasks"
            })
    void an_address_the_firewall_refuses_is_a_400_problem(String target) {
        RawHttp.Reply reply = get(target, Map.of("Authorization", "Bearer " + token));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:energyinspect:problem:malformed-request");
        assertThat(reply.json().path("traceId").asText()).isNotBlank();
    }

    @Test
    void opening_the_error_page_itself_is_a_404_problem_not_status_999() {
        RawHttp.Reply reply = get("/error", Map.of());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("status").asInt()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("999");
    }

    @Test
    void asking_for_xml_is_a_406_problem() {
        RawHttp.Reply reply =
                get("/api/v1/cases", Map.of("Authorization", "Bearer " + token, "Accept", "application/xml"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(406);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:energyinspect:problem:not-acceptable");
    }

    @Test
    void a_multipart_body_without_its_closing_boundary_is_a_400_problem() {
        byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 cut short here")
                .getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Reply reply = upload(body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:energyinspect:problem:malformed-request");
    }

    @Test
    void a_nul_byte_in_the_file_name_is_a_400_problem() {
        byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list\u0000.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004\r\n--XYZ--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Reply reply = upload(body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void a_key_given_twice_is_refused_naming_the_key() {
        Api.Response response = Api.anonymous(port)
                .withToken(token)
                .postRaw(
                        "/api/v1/enterprises",
                        "{\"uscc\":\"91330106MA2XXXXX0X\",\"name\":\"甲有限公司\",\"uscc\":\"91330106MA2YYYYY0Y\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:malformed-request");
        assertThat(response.problemFields()).containsExactly("uscc");
    }

    @Test
    void a_key_given_twice_deep_in_a_task_payload_is_named_with_its_path() {
        Api.Response response = Api.anonymous(port)
                .withToken(token)
                .postRaw(
                        "/api/v1/tasks/no-such-task/complete",
                        "{\"record\":{\"place\":\"熟料车间\",\"checks\":[{\"a\":1,\"a\":2}]}}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemFields()).containsExactly("record.checks[0].a");
    }

    @Test
    void a_bad_nested_field_of_a_task_payload_is_named_by_its_path() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        try {
            CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
            steps.open("MANUAL");
            steps.assignTeamAndServeNotice("2026-06-10", "2026-06-01");

            Api.Response response = steps.complete(
                    steps.inspector1,
                    "Task_OnSiteInspection",
                    Map.of("record", Map.of("place", "熟料车间", "startedAt", "昨天上午")));

            assertThat(response.status()).as(response.body()).isEqualTo(422);
            assertThat(response.problemFields()).containsExactly("record.startedAt");
        } finally {
            clock.reset();
        }
    }

    private RawHttp.Reply get(String target, Map<String, String> headers) {
        return RawHttp.send(port, RawHttp.head("GET", target, headers, -1), new byte[0]);
    }

    private RawHttp.Reply upload(byte[] body) {
        byte[] head = RawHttp.head(
                "POST",
                "/api/v1/enterprises/import",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=XYZ"),
                body.length);
        return RawHttp.send(port, head, body);
    }
}
