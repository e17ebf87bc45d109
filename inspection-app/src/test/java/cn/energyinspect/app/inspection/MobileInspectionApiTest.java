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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inspector's phone: assigned inspections, checklist, answers, evidence and the signed record, each resend-safe. */
@IntegrationTest
class MobileInspectionApiTest {
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
    void an_inspector_does_the_on_site_step_from_the_phone_and_resends_are_harmless() throws Exception {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");
        steps.ok(steps.assignTeam("2026-06-01"));
        Api phone = steps.inspector2;

        JsonNode assigned = phone.get("/mobile/v1/inspections").json();
        assertThat(assigned.findValuesAsText("caseId")).contains(String.valueOf(steps.caseId));

        JsonNode checklist = phone.get("/mobile/v1/inspections/" + steps.caseId + "/checklist")
                .json();
        assertThat(checklist.path("code").asText()).isEqualTo("ON_SITE_GENERAL");
        // the version the case keeps (another test may have published a newer one before this case opened)
        JsonNode desk = steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/checklist")
                .json();
        assertThat(checklist.path("version").asInt())
                .isPositive()
                .isEqualTo(desk.path("template").path("version").asInt());

        Map<String, Object> answers = Map.of(
                "clientRequestId",
                "answers-" + steps.caseId,
                "baseVersions",
                Map.of(),
                "answers",
                Map.of(
                        "ENERGY_MANAGER",
                        Map.of("value", false),
                        "UNIT_CONSUMPTION",
                        Map.of(
                                "rows",
                                List.of(Map.of(
                                        "product", "CEMENT_CLINKER",
                                        "indicator", "COMPREHENSIVE_ENERGY",
                                        "value", 108,
                                        "unit", "kgce/t",
                                        "conditions", Map.of("altitudeMeters", 200))))));
        JsonNode saved = phone.put("/mobile/v1/inspections/" + steps.caseId + "/answers", answers)
                .json();
        JsonNode resaved = phone.put("/mobile/v1/inspections/" + steps.caseId + "/answers", answers)
                .json();
        assertThat(saved.path("duplicate").asBoolean()).isFalse();
        assertThat(resaved.path("duplicate").asBoolean()).isTrue();
        Map<String, Object> changed = Map.of(
                "clientRequestId",
                "answers-" + steps.caseId,
                "baseVersions",
                Map.of(),
                "answers",
                Map.of("ENERGY_MANAGER", Map.of("value", true)));
        Api.Response reused = phone.put("/mobile/v1/inspections/" + steps.caseId + "/answers", changed);
        assertThat(reused.status())
                .as("the same key with another body is a conflict, never a silent success")
                .isEqualTo(409);
        assertThat(reused.problemFields()).containsExactly("clientRequestId");

        MobileDevice device = new MobileDevice(port, phone, steps.caseId);
        byte[] png = CaseSteps.png();
        Api.Response photo = device.photo("photo-1", "现场.png", png, "熟料车间");
        assertThat(photo.status()).as(photo.body()).isEqualTo(200);
        assertThat(photo.json().path("resourceId").asLong()).isPositive();
        byte[] first = MobileDevice.png(1);
        byte[] second = MobileDevice.png(2);
        CaseSteps.ok(device.signature("sig-1", "INSPECTOR", steps.world.inspector1(), first));
        CaseSteps.ok(device.signature("sig-2", "INSPECTOR", steps.world.inspector2(), second));

        Map<String, Object> signed = new java.util.LinkedHashMap<>(MobileDevice.signedRecord(
                List.of(MobileDevice.sha256(png)),
                List.of(
                        List.of("INSPECTOR", steps.world.inspector1(), MobileDevice.sha256(first)),
                        List.of("INSPECTOR", steps.world.inspector2(), MobileDevice.sha256(second)))));
        signed.put("enterpriseRepresentative", "李主任");
        signed.put("representativeSigned", false);
        signed.put("refusalReason", "认为检查结论有误，拒绝签字");
        signed.put("place", "生产调度中心");
        Map<String, Object> record = Map.of("clientRequestId", "record-" + steps.caseId, "record", signed);
        JsonNode submitted = phone.post("/mobile/v1/inspections/" + steps.caseId + "/record", record)
                .json();
        JsonNode resubmitted = phone.post("/mobile/v1/inspections/" + steps.caseId + "/record", record)
                .json();
        assertThat(submitted.path("duplicate").asBoolean()).isFalse();
        assertThat(submitted.path("status").asText()).isEqualTo("INSPECTED");
        assertThat(resubmitted.path("duplicate").asBoolean()).isTrue();

        JsonNode detail = steps.detail();
        assertThat(detail.path("findings")).hasSize(1);
        assertThat(detail.path("findings").get(0).path("lawArticle").asText()).contains("第五十五条");
        assertThat(detail.path("documents").findValuesAsText("kind")).contains("ON_SITE_RECORD");
    }

    @Test
    void a_command_without_its_client_request_id_is_refused() {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
        steps.open("COMPLAINT");

        Api.Response response = steps.inspector1.put(
                "/mobile/v1/inspections/" + steps.caseId + "/answers", Map.of("answers", Map.of()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).contains("clientRequestId");
    }

    @Test
    void a_request_id_is_scoped_by_case_and_command_so_reusing_it_elsewhere_stores_the_new_request() throws Exception {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        CaseWorld.World world = worlds.create("330106");
        CaseSteps first = new CaseSteps(port, world);
        first.open("COMPLAINT");
        first.ok(first.assignTeam("2026-06-01"));
        CaseSteps second = new CaseSteps(port, world);
        second.open("COMPLAINT");
        second.ok(second.assignTeam("2026-06-01"));
        Api phone = first.inspector1;

        Api.Response photo =
                new MobileDevice(port, phone, first.caseId).photo("key-1", "现场.png", CaseSteps.png(), null);
        assertThat(photo.json().path("duplicate").asBoolean()).isFalse();
        Api.Response answers = phone.put(
                "/mobile/v1/inspections/" + second.caseId + "/answers",
                Map.of(
                        "clientRequestId",
                        "key-1",
                        "baseVersions",
                        Map.of(),
                        "answers",
                        Map.of("ENERGY_MANAGER", Map.of("value", true))));

        assertThat(answers.status()).as(answers.body()).isEqualTo(200);
        assertThat(answers.json().path("duplicate").asBoolean()).isFalse();
        assertThat(second.inspector1
                        .get("/api/v1/cases/" + second.caseId + "/checklist")
                        .json()
                        .path("answers")
                        .has("ENERGY_MANAGER"))
                .isTrue();
    }
}
