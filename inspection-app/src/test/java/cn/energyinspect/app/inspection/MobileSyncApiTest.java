package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.MobileDevice;
import cn.energyinspect.app.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Offline sync of a visit through {@code /mobile/v1}: the bundle a device prepares from, answers checked against the
 * version they were based on, files checked against the device's hash, the record completing the on-site step only
 * once everything it names has arrived, and every resend stored once.
 */
@IntegrationTest
class MobileSyncApiTest {
    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CaseSteps steps;
    MobileDevice first;
    MobileDevice second;

    @BeforeEach
    void aComplaintCaseWithItsTeamOnSite() {
        clock.set(Instant.parse("2026-06-01T04:00:00Z"));
        steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        CaseSteps.ok(steps.assignTeam("2026-06-01"));
        first = new MobileDevice(port, steps.inspector1, steps.caseId);
        second = new MobileDevice(port, steps.inspector2, steps.caseId);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_bundle_holds_everything_the_visit_needs_offline() {
        JsonNode bundle = first.bundle().json();

        assertThat(bundle.path("inspection").path("enterpriseName").asText()).startsWith("测试水泥厂");
        assertThat(bundle.path("inspection").path("stage").asText()).isEqualTo("ON_SITE");
        assertThat(bundle.path("inspection").path("leader").asText()).isEqualTo(steps.world.inspector1());
        assertThat(bundle.path("inspection").path("team").findValuesAsText("username"))
                .containsExactlyInAnyOrder(steps.world.inspector1(), steps.world.inspector2());
        assertThat(bundle.path("enterprise").path("uscc").asText()).isEqualTo(steps.world.enterpriseUscc());
        JsonNode items = bundle.path("checklist").path("items");
        assertThat(items.findValuesAsText("code")).contains("ENERGY_MANAGER", "UNIT_CONSUMPTION", "EQUIPMENT");
        JsonNode manager = items.get(0);
        assertThat(manager.path("required").asBoolean()).isTrue();
        assertThat(manager.path("lawArticle").asText()).contains("第五十五条");
        JsonNode clinker = null;
        for (JsonNode indicator : bundle.path("quotaIndicators")) {
            if (indicator.path("product").asText().equals("CEMENT_CLINKER")
                    && indicator.path("indicator").asText().equals("COMPREHENSIVE_ENERGY")) {
                clinker = indicator;
            }
        }
        assertThat(clinker).as("the clinker indicator is in the bundle").isNotNull();
        assertThat(clinker.path("unit").asText()).isEqualTo("kgce/t");
        assertThat(clinker.path("conditionDetails").findValuesAsText("name")).contains("altitudeMeters");
        assertThat(clinker.path("editions").get(0).path("reference").asText()).startsWith("GB 16780");
        assertThat(bundle.path("equipmentTypes").findValuesAsText("type")).contains("MOTOR", "TRANSFORMER");
        assertThat(bundle.path("generatedAt").asText()).isEqualTo("2026-06-01T04:00:00Z");

        JsonNode assigned = steps.inspector2.get("/mobile/v1/inspections").json();
        assertThat(assigned.findValuesAsText("caseId")).contains(String.valueOf(steps.caseId));
    }

    @Test
    void a_visit_completes_the_on_site_step_only_once_everything_its_record_names_has_arrived_and_resends_store_once() {
        Map<String, Object> answers = CaseSteps.clinkerAnswers(125);
        Api.Response saved = first.answers("a-1", answers, Map.of());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("versions").path("UNIT_CONSUMPTION").asInt())
                .isEqualTo(1);
        Api.Response resent = first.answers("a-1", answers, Map.of());
        assertThat(resent.json().path("duplicate").asBoolean()).isTrue();
        assertThat(resent.json().path("versions")).isEqualTo(saved.json().path("versions"));
        assertThat(resent.json().path("receivedAt")).isEqualTo(saved.json().path("receivedAt"));

        byte[] photo1 = MobileDevice.png(101);
        byte[] photo2 = MobileDevice.png(102);
        byte[] sign1 = MobileDevice.png(201);
        byte[] sign2 = MobileDevice.png(202);
        byte[] signEnterprise = MobileDevice.png(203);
        List<Api.Response> uploads = new ArrayList<>();
        uploads.add(first.photo("p-1", "熟料车间.png", photo1, "熟料车间全景"));
        uploads.add(first.photo("p-1", "熟料车间.png", photo1, "熟料车间全景"));
        uploads.add(first.photo("p-2", "电表.png", photo2, "总电表"));
        uploads.add(first.signature("s-1", "INSPECTOR", steps.world.inspector1(), sign1));
        uploads.add(first.signature("s-2", "INSPECTOR", steps.world.inspector2(), sign2));
        uploads.forEach(u -> assertThat(u.status()).as(u.body()).isEqualTo(200));
        assertThat(uploads.get(1).json().path("duplicate").asBoolean()).isTrue();
        assertThat(uploads.get(1).json().path("resourceId"))
                .isEqualTo(uploads.get(0).json().path("resourceId"));

        Map<String, Object> record = MobileDevice.signedRecord(
                List.of(MobileDevice.sha256(photo1), MobileDevice.sha256(photo2)),
                List.of(
                        List.of("INSPECTOR", steps.world.inspector1(), MobileDevice.sha256(sign1)),
                        List.of("INSPECTOR", steps.world.inspector2(), MobileDevice.sha256(sign2)),
                        List.of("REPRESENTATIVE", "王厂长", MobileDevice.sha256(signEnterprise))));
        Api.Response early = first.record("r-1", record);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.problemFields()).containsExactly("record.signatures[2].sha256");
        assertThat(early.json().path("missing").get(0).asText()).isEqualTo("record.signatures[2].sha256");
        assertThat(steps.detail().path("status").asText())
                .as("nothing completed")
                .isEqualTo("TEAM_ASSIGNED");
        assertThat(first.sync().json().path("onSiteStepOpen").asBoolean()).isTrue();

        CaseSteps.ok(first.signature("s-3", "REPRESENTATIVE", "王厂长", signEnterprise));
        Api.Response signed = first.record("r-1", record);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().path("status").asText()).isEqualTo("INSPECTED");
        Api.Response signedAgain = first.record("r-1", record);
        assertThat(signedAgain.json().path("duplicate").asBoolean()).isTrue();
        assertThat(first.photo("p-2", "电表.png", photo2, "总电表")
                        .json()
                        .path("duplicate")
                        .asBoolean())
                .isTrue();

        JsonNode detail = steps.detail();
        assertThat(detail.path("status").asText()).isEqualTo("INSPECTED");
        assertThat(detail.path("findings").findValuesAsText("kind")).containsExactly("OVER_QUOTA");
        JsonNode evidence = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/evidence")
                .json();
        assertThat(evidence).as("every file stored once").hasSize(5);
        Integer files = jdbc.queryForObject(
                "SELECT COUNT(*) FROM mobile_evidence WHERE case_id = ?", Integer.class, steps.caseId);
        assertThat(files).isEqualTo(5);
        JsonNode covered = detail.path("rounds").get(0).path("record").path("evidence");
        assertThat(covered.findValuesAsText("sha256"))
                .containsExactlyInAnyOrder(
                        MobileDevice.sha256(photo1),
                        MobileDevice.sha256(photo2),
                        MobileDevice.sha256(sign1),
                        MobileDevice.sha256(sign2),
                        MobileDevice.sha256(signEnterprise));

        JsonNode trace = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/visit-trace")
                .json();
        assertThat(trace.path("start").path("latitude").asDouble()).isEqualTo(30.259);
        assertThat(trace.path("end").path("noFix").asText()).contains("无信号");
        assertThat(trace.path("receivedAt").asText()).isEqualTo("2026-06-01T04:00:00Z");
        assertThat(trace.path("evidence").findValuesAsText("kind")).containsOnly("PHOTO", "SIGNATURE");
        assertThat(trace.path("evidence").findValuesAsText("signer"))
                .contains(steps.world.inspector1(), steps.world.inspector2(), "王厂长");

        JsonNode status = first.sync().json();
        assertThat(status.path("recordSigned").asBoolean()).isTrue();
        assertThat(status.path("onSiteStepOpen").asBoolean()).isFalse();
        assertThat(status.path("commands").findValuesAsText("clientRequestId"))
                .containsExactlyInAnyOrder("a-1", "p-1", "p-2", "s-1", "s-2", "s-3", "r-1");
    }

    @Test
    void a_photo_whose_hash_does_not_match_its_bytes_is_refused_and_nothing_is_stored() {
        byte[] photo = MobileDevice.png(7);
        Api.Response refused = first.upload(
                "p-bad",
                "篡改.png",
                photo,
                MobileDevice.meta("PHOTO", MobileDevice.sha256(new byte[] {1}), null, null, null));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("sha256");
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/evidence")
                        .json())
                .isEmpty();
        assertThat(first.sync().json().path("commands")).isEmpty();
        Api.Response honest = first.photo("p-bad", "篡改.png", photo, null);
        assertThat(honest.status()).as("the refused request left no key behind").isEqualTo(200);
    }

    @Test
    void the_same_file_under_another_request_id_gets_the_first_receipt() {
        byte[] photo = MobileDevice.png(9);
        Api.Response sent = first.photo("p-a", "a.png", photo, "第一次");
        Api.Response again = second.photo("p-b", "a-copy.png", photo, "第二台设备");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("resourceId")).isEqualTo(sent.json().path("resourceId"));
        assertThat(steps.supervisor
                        .get("/api/v1/cases/" + steps.caseId + "/evidence")
                        .json())
                .hasSize(1);
    }

    @Test
    void a_stale_answer_is_refused_with_both_values_and_the_person_chooses() {
        Map<String, Object> mine = Map.of("ENERGY_MANAGER", Map.of("value", true));
        Map<String, Object> theirs = Map.of("ENERGY_MANAGER", Map.of("value", false, "note", "未见聘任文件"));
        CaseSteps.ok(first.answers("first-1", mine, Map.of("ENERGY_MANAGER", 0)));

        Api.Response stale = second.answers("second-1", theirs, Map.of("ENERGY_MANAGER", 0));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("urn:energyinspect:problem:stale-version");
        assertThat(stale.problemFields()).containsExactly("answers.ENERGY_MANAGER");
        JsonNode conflict = stale.json().path("conflicts").get(0);
        assertThat(conflict.path("itemCode").asText()).isEqualTo("ENERGY_MANAGER");
        assertThat(conflict.path("baseVersion").asInt()).isZero();
        assertThat(conflict.path("serverVersion").asInt()).isEqualTo(1);
        assertThat(conflict.path("yours").path("value").asBoolean()).isFalse();
        assertThat(conflict.path("server").path("value").asBoolean()).isTrue();
        assertThat(conflict.path("serverAnsweredBy").asText()).isEqualTo(steps.world.inspector1());
        assertThat(first.sync().json().path("versions").path("ENERGY_MANAGER").asInt())
                .as("nothing overwritten")
                .isEqualTo(1);

        // 保留我的: the second inspector sends the answer again, now based on the version it has seen
        Api.Response kept = second.answers("second-2", theirs, Map.of("ENERGY_MANAGER", 1));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().path("versions").path("ENERGY_MANAGER").asInt()).isEqualTo(2);
        // the first device, still on version 1, is told in turn
        assertThat(first.answers("first-2", mine, Map.of("ENERGY_MANAGER", 1)).status())
                .isEqualTo(409);
        // 采用服务器的 is no request at all; sending the server's own value with an old base is no conflict either
        assertThat(first.answers("first-3", theirs, Map.of("ENERGY_MANAGER", 1)).status())
                .isEqualTo(200);
    }

    @Test
    void an_answer_after_the_record_is_signed_is_refused() {
        CaseSteps.ok(steps.inspect(125, Instant.parse("2026-06-01T01:30:00Z"), Instant.parse("2026-06-01T03:30:00Z")));

        Api.Response late = first.answers("late-1", Map.of("REMARKS", Map.of("text", "补充说明")), Map.of("REMARKS", 0));

        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().path("frozen").asBoolean()).isTrue();
        assertThat(late.problemFields()).containsExactly("answers.REMARKS");
        assertThat(first.sync().json().path("versions").has("REMARKS")).isFalse();
    }

    @Test
    void a_case_the_user_is_not_on_the_team_of_is_not_found() {
        Api colleague = Api.as(port, steps.world.conflictedInspector());
        MobileDevice outsider = new MobileDevice(port, colleague, steps.caseId);

        assertThat(outsider.bundle().status()).isEqualTo(404);
        assertThat(outsider.sync().status()).isEqualTo(404);
        assertThat(colleague.get(outsider.path("/checklist")).status()).isEqualTo(404);
        assertThat(outsider.answers("x-1", Map.of("ENERGY_MANAGER", Map.of("value", true)), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(outsider.photo("x-2", "a.png", MobileDevice.png(3), null).status())
                .isEqualTo(404);
        assertThat(outsider.record("x-3", MobileDevice.signedRecord(List.of(), List.of()))
                        .status())
                .isEqualTo(404);
        assertThat(colleague.get("/mobile/v1/inspections").json().findValuesAsText("caseId"))
                .doesNotContain(String.valueOf(steps.caseId));
        assertThat(steps.detail().path("status").asText()).isEqualTo("TEAM_ASSIGNED");
    }

    @Test
    void a_record_without_both_inspectors_signatures_is_refused_as_wrong_not_as_waiting() {
        byte[] sign1 = MobileDevice.png(301);
        CaseSteps.ok(first.signature("s-1", "INSPECTOR", steps.world.inspector1(), sign1));
        Map<String, Object> record = new java.util.LinkedHashMap<>(MobileDevice.signedRecord(
                List.of(), List.of(List.of("INSPECTOR", steps.world.inspector1(), MobileDevice.sha256(sign1)))));
        record.put("representativeSigned", false);
        record.put("refusalReason", "拒绝签字");

        Api.Response refused = first.record("r-1", record);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("record.signatures");
        Api.Response forged =
                first.signature("s-2", "INSPECTOR", steps.world.conflictedInspector(), MobileDevice.png(302));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.problemFields()).containsExactly("meta.signer");
    }
}
