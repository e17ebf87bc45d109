package cn.energyinspect.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The steps of a case as its people take them through the HTTP API; reads like the procedure. */
public final class CaseSteps {
    public final int port;
    public final CaseWorld.World world;
    public Api supervisor;
    public Api inspector1;
    public Api inspector2;
    public Api enterprise;
    public long caseId;

    public CaseSteps(int port, CaseWorld.World world) {
        this.port = port;
        this.world = world;
        signIn();
    }

    /** Signs everyone in again: tokens expire when the test moves the clock by days. */
    public void signIn() {
        supervisor = Api.as(port, world.supervisor());
        inspector1 = Api.as(port, world.inspector1());
        inspector2 = Api.as(port, world.inspector2());
        enterprise = Api.as(port, world.enterpriseUser());
    }

    public JsonNode open(String trigger) {
        Api.Response response = supervisor.post(
                "/api/v1/cases",
                Map.of("enterpriseUscc", world.enterpriseUscc(), "trigger", trigger, "inspectionType", "ON_SITE"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        caseId = response.json().path("id").asLong();
        return response.json();
    }

    /** The id of the open task {@code key} of this case in {@code api}'s list; fails when it is not there. */
    public String task(Api api, String key) {
        JsonNode tasks = api.get("/api/v1/tasks?size=200").json().path("items");
        for (JsonNode task : tasks) {
            if (task.path("caseId").asLong() == caseId
                    && task.path("taskKey").asText().equals(key)) {
                return task.path("taskId").asText();
            }
        }
        throw new AssertionError("no task " + key + " of case " + caseId + " for this user in " + tasks);
    }

    public Api.Response complete(Api api, String key, Object payload) {
        return api.post("/api/v1/tasks/" + task(api, key) + "/complete", payload);
    }

    /** Checklist answers of a cement works: manager and report in place, clinker at {@code kgcePerTonne} kgce/t. */
    public static Map<String, Object> clinkerAnswers(double kgcePerTonne) {
        return Map.of(
                "ENERGY_MANAGER",
                Map.of("value", true),
                "ENERGY_REPORT",
                Map.of("value", true),
                "UNIT_CONSUMPTION",
                Map.of(
                        "rows",
                        List.of(Map.of(
                                "product", "CEMENT_CLINKER",
                                "indicator", "COMPREHENSIVE_ENERGY",
                                "value", kgcePerTonne,
                                "unit", "kgce/t",
                                "conditions", Map.of("altitudeMeters", 200)))));
    }

    public static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }

    public JsonNode detail() {
        return supervisor.get("/api/v1/cases/" + caseId).json();
    }

    /** Assigns the world's two certified inspectors and serves the written notice. */
    public void assignTeamAndServeNotice(String visitDate, String servedOn) {
        ok(assignTeam(visitDate));
        ok(complete(inspector1, "Task_ServeInspectionNotice", Map.of("servedOn", servedOn)));
    }

    public Api.Response assignTeam(String visitDate) {
        return complete(
                supervisor,
                "Task_AssignTeam",
                Map.of(
                        "inspectors", List.of(world.inspector1(), world.inspector2()),
                        "leader", world.inspector1(),
                        "visitDate", visitDate));
    }

    /** Answers of a cement works with the energy manager in place or not, and the clinker figure. */
    public static Map<String, Object> clinkerAnswers(double kgcePerTonne, boolean energyManager) {
        Map<String, Object> answers = new java.util.HashMap<>(clinkerAnswers(kgcePerTonne));
        answers.put("ENERGY_MANAGER", Map.of("value", energyManager));
        return answers;
    }

    public Api.Response inspect(double clinkerKgce, Instant started, Instant ended) {
        return inspect(clinkerAnswers(clinkerKgce), started, ended);
    }

    /** Saves {@code answers} for the current round, then signs the record for the visit from {@code started}. */
    public Api.Response inspect(Map<String, Object> answers, Instant started, Instant ended) {
        ok(inspector1.put("/api/v1/cases/" + caseId + "/checklist/answers", answers));
        return sign(started, ended);
    }

    /** Signs the on-site record of the current round. */
    public Api.Response sign(Instant started, Instant ended) {
        return complete(
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

    /** The findings of the case's current round. */
    public List<JsonNode> currentFindings() {
        JsonNode detail = detail();
        int round = detail.path("currentRound").asInt();
        List<JsonNode> found = new java.util.ArrayList<>();
        detail.path("findings").forEach(f -> {
            if (f.path("round").asInt() == round) {
                found.add(f);
            }
        });
        return found;
    }

    /** The enterprise answers every finding of the current round. */
    public Api.Response answerAll(String clientRequestId, String text) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        currentFindings()
                .forEach(f -> items.add(Map.of("findingId", f.path("id").asLong(), "text", text)));
        return enterprise.post(
                "/api/v1/portal/cases/" + caseId + "/answers",
                Map.of("clientRequestId", clientRequestId, "items", items));
    }

    public void draftApproveAndServe(String deadline, String servedOn) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        currentFindings()
                .forEach(f -> items.add(Map.of(
                        "findingId",
                        f.path("id").asLong(),
                        "requiredAction",
                        "实施节能技术改造，使熟料单位产品综合能耗达到限定值",
                        "deadline",
                        deadline)));
        ok(complete(inspector1, "Task_DraftRectificationNotice", Map.of("items", items)));
        ok(complete(supervisor, "Task_ApproveRectificationNotice", Map.of("approved", true)));
        ok(complete(inspector2, "Task_ServeRectificationNotice", Map.of("servedOn", servedOn)));
    }

    public long upload(Api api, String name, byte[] content) {
        Api.Response response = api.upload("/api/v1/cases/" + caseId + "/evidence", name, content);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    /** Fires every timer of this case that is due at the engine's current time, as the job executor would. */
    public static int fireDueTimers(ManagementService jobs, String processInstanceId) {
        int fired = 0;
        for (Job job : jobs.createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .executable()
                .list()) {
            jobs.executeJob(job.getId());
            fired++;
        }
        return fired;
    }

    /**
     * Fires due timers until none is due: a timer whose step only opens when another timer fired (the notice's day-15
     * reminder after the statement period) fires too, as the job executor would in one pass of time.
     */
    public static int fireAllDueTimers(ManagementService jobs, String processInstanceId) {
        int fired = 0;
        for (int pass = 0; pass < 10; pass++) {
            int now = fireDueTimers(jobs, processInstanceId);
            if (now == 0) {
                break;
            }
            fired += now;
        }
        return fired;
    }

    public static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
