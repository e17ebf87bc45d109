package cn.energyinspect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One case of the benchmark through the HTTP API, as its people take it: the steps of the case-lifecycle scenario
 * without its checks, each step timed. The written inspection notice must reach the enterprise five days before the
 * visit, so a case runs in two halves: {@link #announce} on the opening day and {@link #inspectAndClose} on the visit
 * day; the caller moves the clock in between and signs the staff in again.
 */
final class BenchCase {
    static final String OPENING_DAY = "2026-06-01";
    static final String VISIT_DAY = "2026-06-08";
    private static final byte[] PDF = pdf();
    private static final byte[] PNG = png();

    private final StepTimes times;
    private long caseId;
    private long elapsedNanos;
    private int httpCalls;

    BenchCase(StepTimes times) {
        this.times = times;
    }

    /** Wall time of both halves, without the sign-ins between them. */
    long elapsedNanos() {
        return elapsedNanos;
    }

    int httpCalls() {
        return httpCalls;
    }

    /** Opens the case, assigns the team and serves the inspection notice; on the opening day. */
    BenchCase announce(Staff staff) {
        long started = System.nanoTime();
        JsonNode opened = step(
                "open case",
                () -> created(send(() -> staff.supervisor()
                        .post(
                                "/api/v1/cases",
                                Map.of(
                                        "enterpriseUscc",
                                        staff.world().enterpriseUscc(),
                                        "trigger",
                                        "MANUAL",
                                        "inspectionType",
                                        "ON_SITE")))));
        caseId = opened.path("id").asLong();
        step(
                "assign team",
                () -> complete(
                        staff.supervisor(),
                        "Task_AssignTeam",
                        Map.of(
                                "inspectors",
                                List.of(
                                        staff.world().inspector1(),
                                        staff.world().inspector2()),
                                "leader",
                                staff.world().inspector1(),
                                "visitDate",
                                VISIT_DAY)));
        step(
                "serve inspection notice (PDF)",
                () -> complete(staff.inspector1(), "Task_ServeInspectionNotice", Map.of("servedOn", OPENING_DAY)));
        elapsedNanos += System.nanoTime() - started;
        return this;
    }

    /**
     * Inspects (clinker 118 kgce/t, over the 117 quota), hears the enterprise, serves the rectification notice, takes its
     * answer with two evidence files, accepts it and closes the case; on the visit day. Returns the closed case's detail.
     */
    JsonNode inspectAndClose(Staff staff) {
        long started = System.nanoTime();
        step(
                "save checklist answers",
                () -> ok(send(() -> staff.inspector1()
                        .put("/api/v1/cases/" + caseId + "/checklist/answers", CaseSteps.clinkerAnswers(118)))));
        step(
                "on-site inspection (PDF)",
                () -> complete(staff.inspector1(), "Task_OnSiteInspection", Map.of("record", onSiteRecord())));
        JsonNode findings = step("case detail", () -> detail(staff)).path("findings");
        step(
                "enterprise statement",
                () -> ok(send(() -> staff.enterprise()
                        .post("/api/v1/portal/cases/" + caseId + "/statement", Map.of("text", "我公司已启动余热发电改造，请予考虑。")))));
        step(
                "draft rectification notice",
                () -> complete(staff.inspector1(), "Task_DraftRectificationNotice", Map.of("items", items(findings))));
        step(
                "approve rectification notice",
                () -> complete(staff.supervisor(), "Task_ApproveRectificationNotice", Map.of("approved", true)));
        step(
                "serve rectification notice (PDF)",
                () -> complete(staff.inspector2(), "Task_ServeRectificationNotice", Map.of("servedOn", VISIT_DAY)));
        long pdf = step("upload evidence (PDF)", () -> upload(staff, "改造验收报告.pdf", PDF));
        long photo = step("upload evidence (PNG)", () -> upload(staff, "现场照片.png", PNG));
        step(
                "enterprise answer",
                () -> ok(send(() -> staff.enterprise()
                        .post("/api/v1/portal/cases/" + caseId + "/answers", answer(findings, List.of(pdf, photo))))));
        step(
                "review rectification (PDF)",
                () -> complete(staff.supervisor(), "Task_ReviewRectification", Map.of("decision", "ACCEPT")));
        step(
                "approve closure",
                () -> complete(staff.supervisor(), "Task_ApproveClosure", Map.of("comment", "整改到位，同意结案")));
        JsonNode closed = step("case detail", () -> detail(staff));
        elapsedNanos += System.nanoTime() - started;
        return closed;
    }

    /** The closed case's detail says what the scenario's end says: closed as rectified, nothing left open. */
    static void assertClosedRectified(JsonNode detail) {
        assertThat(detail.path("status").asText()).as(detail.toString()).isEqualTo("CLOSED");
        assertThat(detail.path("outcome").asText()).isEqualTo("CLOSED_RECTIFIED");
        assertThat(detail.path("openSteps")).isEmpty();
    }

    private <T> T step(String name, Supplier<T> work) {
        return times.time(name, work);
    }

    private Api.Response send(Supplier<Api.Response> call) {
        httpCalls++;
        return call.get();
    }

    private JsonNode detail(Staff staff) {
        return ok(send(() -> staff.supervisor().get("/api/v1/cases/" + caseId))).json();
    }

    /** Finds the case's open task {@code key} in the user's list, as a client would, and completes it. */
    private Api.Response complete(Api api, String key, Object payload) {
        JsonNode tasks =
                ok(send(() -> api.get("/api/v1/tasks?size=200"))).json().path("items");
        for (JsonNode task : tasks) {
            if (task.path("caseId").asLong() == caseId
                    && task.path("taskKey").asText().equals(key)) {
                String path = "/api/v1/tasks/" + task.path("taskId").asText() + "/complete";
                return ok(send(() -> api.post(path, payload)));
            }
        }
        throw new AssertionError("no task " + key + " of case " + caseId + " in " + tasks);
    }

    private long upload(Staff staff, String name, byte[] content) {
        Api.Response response =
                send(() -> staff.enterprise().upload("/api/v1/cases/" + caseId + "/evidence", name, content));
        return created(response).path("id").asLong();
    }

    private static Api.Response ok(Api.Response response) {
        if (response.status() < 200 || response.status() > 204) {
            throw new AssertionError("expected 2xx, got " + response.status() + ": " + response.body());
        }
        return response;
    }

    private static JsonNode created(Api.Response response) {
        if (response.status() != 201) {
            throw new AssertionError("expected 201, got " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private static Map<String, Object> onSiteRecord() {
        return Map.of(
                "enterpriseRepresentative",
                "王厂长",
                "representativeSigned",
                true,
                "inspectorsSigned",
                true,
                "place",
                "熟料车间",
                "startedAt",
                VISIT_DAY + "T01:00:00Z",
                "endedAt",
                VISIT_DAY + "T06:00:00Z");
    }

    private static List<Map<String, Object>> items(JsonNode findings) {
        List<Map<String, Object>> items = new ArrayList<>();
        findings.forEach(f -> items.add(Map.of(
                "findingId", f.path("id").asLong(),
                "requiredAction", "实施节能技术改造，使熟料单位产品综合能耗达到限定值",
                "deadline", "2026-08-31")));
        return items;
    }

    private Map<String, Object> answer(JsonNode findings, List<Long> evidenceIds) {
        List<Map<String, Object>> items = new ArrayList<>();
        findings.forEach(f -> items.add(Map.of(
                "findingId",
                f.path("id").asLong(),
                "text",
                "已完成余热发电和篦冷机改造，熟料综合能耗降至 105 kgce/t。",
                "evidenceIds",
                evidenceIds)));
        return Map.of("clientRequestId", "answer-" + caseId, "items", items);
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
