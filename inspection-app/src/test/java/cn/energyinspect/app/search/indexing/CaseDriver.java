package cn.energyinspect.app.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The steps of a case through the HTTP API that produce searchable records (copied from inspection's CaseSteps). */
final class CaseDriver {
    final int port;
    final CaseWorld.World world;
    Api supervisor;
    Api inspector1;
    Api inspector2;
    Api enterprise;
    long caseId;

    CaseDriver(int port, CaseWorld.World world) {
        this.port = port;
        this.world = world;
        signIn();
    }

    void signIn() {
        supervisor = Api.as(port, world.supervisor());
        inspector1 = Api.as(port, world.inspector1());
        inspector2 = Api.as(port, world.inspector2());
        enterprise = Api.as(port, world.enterpriseUser());
    }

    long open() {
        Api.Response response = supervisor.post(
                "/api/v1/cases",
                Map.of("enterpriseUscc", world.enterpriseUscc(), "trigger", "MANUAL", "inspectionType", "ON_SITE"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        caseId = response.json().path("id").asLong();
        return caseId;
    }

    String task(Api api, String key) {
        JsonNode tasks = api.get("/api/v1/tasks?size=200").json().path("items");
        for (JsonNode task : tasks) {
            if (task.path("caseId").asLong() == caseId
                    && task.path("taskKey").asText().equals(key)) {
                return task.path("taskId").asText();
            }
        }
        throw new AssertionError("no task " + key + " of case " + caseId + " in " + tasks);
    }

    void complete(Api api, String key, Object payload) {
        ok(api.post("/api/v1/tasks/" + task(api, key) + "/complete", payload));
    }

    void assignTeamAndServeNotice(String visitDate, String servedOn) {
        complete(
                supervisor,
                "Task_AssignTeam",
                Map.of(
                        "inspectors", List.of(world.inspector1(), world.inspector2()),
                        "leader", world.inspector1(),
                        "visitDate", visitDate));
        complete(inspector1, "Task_ServeInspectionNotice", Map.of("servedOn", servedOn));
    }

    void inspect(double clinkerKgce, Instant started, Instant ended) {
        ok(inspector1.put(
                "/api/v1/cases/" + caseId + "/checklist/answers",
                Map.of(
                        "ENERGY_MANAGER", Map.of("value", true),
                        "ENERGY_REPORT", Map.of("value", true),
                        "UNIT_CONSUMPTION",
                                Map.of(
                                        "rows",
                                        List.of(Map.of(
                                                "product", "CEMENT_CLINKER",
                                                "indicator", "COMPREHENSIVE_ENERGY",
                                                "value", clinkerKgce,
                                                "unit", "kgce/t",
                                                "conditions", Map.of("altitudeMeters", 200)))))));
        complete(
                inspector1,
                "Task_OnSiteInspection",
                Map.of(
                        "record",
                        Map.of(
                                "enterpriseRepresentative",
                                "王厂长",
                                "representativeSigned",
                                true,
                                "inspectorsSigned",
                                true,
                                "place",
                                "熟料车间",
                                "startedAt",
                                started.toString(),
                                "endedAt",
                                ended.toString())));
    }

    long upload(Api api, String name, byte[] content) {
        Api.Response response = api.upload("/api/v1/cases/" + caseId + "/evidence", name, content);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    JsonNode detail() {
        return supervisor.get("/api/v1/cases/" + caseId).json();
    }

    static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }
}
