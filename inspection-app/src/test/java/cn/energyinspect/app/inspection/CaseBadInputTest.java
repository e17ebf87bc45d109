package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every refusal of the case lifecycle: its problem type, and nothing changed. */
@IntegrationTest
class CaseBadInputTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CaseSteps steps;

    @BeforeEach
    void openCase() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("MANUAL");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void one_inspector_is_not_a_team() {
        Api.Response response = steps.complete(
                steps.supervisor,
                "Task_AssignTeam",
                Map.of("inspectors", List.of(steps.world.inspector1()), "visitDate", "2026-06-10"));

        assertRefused(response, 422, "validation-failed");
        assertThat(response.problemFields()).contains("inspectors");
        assertUnchanged();
    }

    @Test
    void an_expired_certificate_cannot_be_on_the_team() {
        Api.Response response = steps.complete(
                steps.supervisor,
                "Task_AssignTeam",
                Map.of(
                        "inspectors",
                        List.of(steps.world.inspector1(), steps.world.expiredInspector()),
                        "visitDate",
                        "2026-06-10"));

        assertRefused(response, 422, "validation-failed");
        assertThat(response.body()).contains("行政执法证在 2026-06-10 已过期").doesNotContain(steps.world.expiredInspector());
        assertUnchanged();
    }

    @Test
    void an_inspector_who_declared_a_conflict_cannot_be_on_the_team() {
        Api.Response response = steps.complete(
                steps.supervisor,
                "Task_AssignTeam",
                Map.of(
                        "inspectors",
                        List.of(steps.world.inspector1(), steps.world.conflictedInspector()),
                        "visitDate",
                        "2026-06-10"));

        assertRefused(response, 422, "validation-failed");
        assertThat(response.body()).contains("已声明与该企业回避").doesNotContain(steps.world.conflictedInspector());
        assertUnchanged();
    }

    @Test
    void a_visit_less_than_five_days_after_today_leaves_no_time_for_the_written_notice() {
        Api.Response response = steps.assignTeam("2026-06-03");

        assertRefused(response, 422, "validation-failed");
        assertThat(response.problemFields()).containsExactly("visitDate");
        assertUnchanged();
    }

    @Test
    void an_executable_renamed_jpg_is_refused() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};

        Api.Response response = steps.enterprise.upload("/api/v1/cases/" + steps.caseId + "/evidence", "照片.jpg", elf);

        assertRefused(response, 422, "validation-failed");
        assertThat(response.body()).contains("可执行");
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void a_25_mb_file_is_too_large() {
        Api.Response response = steps.enterprise.upload(
                "/api/v1/cases/" + steps.caseId + "/evidence", "大文件.pdf", new byte[25 * 1024 * 1024]);

        assertRefused(response, 413, "payload-too-large");
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void a_supervisor_of_another_county_cannot_see_or_complete_the_task() {
        String taskId = steps.task(steps.supervisor, "Task_AssignTeam");
        Api otherCounty = Api.as(port, worlds.create("330110").supervisor());

        Api.Response response = otherCounty.post(
                "/api/v1/tasks/" + taskId + "/complete",
                Map.of(
                        "inspectors",
                        List.of(steps.world.inspector1(), steps.world.inspector2()),
                        "visitDate",
                        "2026-06-10"));

        assertRefused(response, 404, "not-found");
        assertThat(otherCounty.get("/api/v1/cases/" + steps.caseId).status()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void a_task_completed_once_cannot_be_completed_again() {
        String taskId = steps.task(steps.supervisor, "Task_AssignTeam");
        Map<String, Object> team = Map.of(
                "inspectors", List.of(steps.world.inspector1(), steps.world.inspector2()), "visitDate", "2026-06-10");
        steps.ok(steps.supervisor.post("/api/v1/tasks/" + taskId + "/complete", team));
        long auditLines = auditLines();

        Api.Response again = steps.supervisor.post("/api/v1/tasks/" + taskId + "/complete", team);

        assertRefused(again, 409, "state-conflict");
        assertThat(again.json().path("detail").asText()).contains("已由").contains("办理完毕");
        assertThat(again.body()).doesNotContain(steps.world.supervisor());
        assertThat(auditLines()).isEqualTo(auditLines);
    }

    @Test
    void an_inspector_cannot_complete_a_supervisors_task() {
        String taskId = steps.task(steps.supervisor, "Task_AssignTeam");

        Api.Response response = steps.inspector1.post(
                "/api/v1/tasks/" + taskId + "/complete",
                Map.of(
                        "inspectors",
                        List.of(steps.world.inspector1(), steps.world.inspector2()),
                        "visitDate",
                        "2026-06-10"));

        assertRefused(response, 404, "not-found");
        assertUnchanged();
    }

    @Test
    void evidence_is_added_by_the_team_and_the_enterprise_only() throws Exception {
        steps.ok(steps.assignTeam("2026-06-10"));
        String auditor = worlds.auditorOf(steps.world);
        long before = evidenceCount();

        for (Api stranger : List.of(steps.supervisor, Api.as(port, auditor))) {
            Api.Response refused =
                    stranger.upload("/api/v1/cases/" + steps.caseId + "/evidence", "照片.png", CaseSteps.png());
            assertRefused(refused, 403, "forbidden");
        }
        Api otherTeam = Api.as(port, steps.world.expiredInspector());
        assertRefused(
                otherTeam.upload("/api/v1/cases/" + steps.caseId + "/evidence", "照片.png", CaseSteps.png()),
                403,
                "forbidden");
        assertThat(evidenceCount()).isEqualTo(before);

        assertThat(steps.upload(steps.inspector1, "现场.png", CaseSteps.png())).isPositive();
        assertThat(steps.upload(steps.enterprise, "整改.pdf", CaseSteps.pdf())).isPositive();
        assertThat(evidenceCount()).isEqualTo(before + 2);
    }

    @Test
    void a_full_width_or_lower_case_code_opens_no_case() {
        String code = steps.world.enterpriseUscc();
        StringBuilder fullWidth = new StringBuilder();
        code.chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
        long cases =
                jdbc.queryForObject("SELECT COUNT(*) FROM inspection_case WHERE enterprise_uscc = ?", Long.class, code);

        Api.Response wrongCheck = steps.supervisor.post(
                "/api/v1/cases",
                Map.of(
                        "enterpriseUscc",
                        code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'),
                        "trigger",
                        "MANUAL",
                        "inspectionType",
                        "ON_SITE"));
        assertRefused(wrongCheck, 422, "validation-failed");
        assertThat(wrongCheck.problemFields()).containsExactly("enterpriseUscc");

        // a code typed full-width or in lower case is the same code: normalised, it opens the case of that enterprise
        Api.Response typed = steps.supervisor.post(
                "/api/v1/cases",
                Map.of("enterpriseUscc", fullWidth.toString(), "trigger", "MANUAL", "inspectionType", "ON_SITE"));
        assertThat(typed.status()).as(typed.body()).isEqualTo(201);
        assertThat(typed.json().path("enterpriseUscc").asText()).isEqualTo(code);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM inspection_case WHERE BINARY enterprise_uscc = ?", Long.class, code))
                .isEqualTo(cases + 1);
    }

    @Test
    void the_audit_log_cannot_be_edited_even_in_the_database() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("UPDATE audit_log SET actor = 'x' WHERE case_id = ?", steps.caseId))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("DELETE FROM audit_log WHERE case_id = ?", steps.caseId))
                .hasMessageContaining("append-only");
    }

    private static void assertRefused(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:" + type);
    }

    private void assertUnchanged() {
        assertThat(steps.detail().path("status").asText()).isEqualTo("OPENED");
        assertThat(steps.detail().path("team")).isEmpty();
        assertThat(steps.task(steps.supervisor, "Task_AssignTeam")).isNotBlank();
    }

    private long evidenceCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE case_id = ?", Long.class, steps.caseId);
    }

    private long auditLines() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE case_id = ?", Long.class, steps.caseId);
    }
}
