package cn.energyinspect.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The steps of a penalty case as its people take them through the HTTP API; reads like the procedure. */
public final class PenaltySteps {
    public final int port;
    public final CaseWorld.World world;
    private final RuntimeService runtime;
    private final ManagementService jobs;
    public Api supervisor;
    public Api inspector1;
    public Api inspector2;
    public Api enterprise;
    public long penaltyId;

    public PenaltySteps(int port, CaseWorld.World world, RuntimeService runtime, ManagementService jobs) {
        this.port = port;
        this.world = world;
        this.runtime = runtime;
        this.jobs = jobs;
        signIn();
    }

    /** Signs everyone in again: tokens expire when the test moves the clock by days. */
    public void signIn() {
        supervisor = Api.as(port, world.supervisor());
        inspector1 = Api.as(port, world.inspector1());
        inspector2 = Api.as(port, world.inspector2());
        enterprise = Api.as(port, world.enterpriseUser());
    }

    /** A valid 统一社会信用代码 of a 机关 for the world's agency. */
    public String authorityUscc() {
        String first17 = "11" + world.county() + "MB" + String.format("%07d", world.agencyId());
        return first17 + UnifiedSocialCreditCode.checkCharacterFor(first17);
    }

    /** The world's agency decides as itself, with a code (CF_CFJGDM). */
    public void configureAuthority() {
        ok(supervisor.put(
                "/api/v1/penalty-authorities/" + world.agencyId(),
                Map.of(
                        "name", "测试节能监察大队" + world.agencyId(),
                        "uscc", authorityUscc(),
                        "actingAs", "OWN",
                        "reconsiderationBody", "杭州市西湖区人民政府",
                        "paymentPlace", "通过“浙里办”在线缴纳或到指定代收银行")));
    }

    public JsonNode openByHand(String articleCode) {
        Api.Response response = supervisor.post(
                "/api/v1/penalties",
                Map.of(
                        "enterpriseUscc",
                        world.enterpriseUscc(),
                        "articleCode",
                        articleCode,
                        "violationType",
                        "重点用能单位无正当理由拒不落实整改要求",
                        "facts",
                        "经查，该单位熟料综合能耗 125 kgce/t，超过 GB 16780-2021 限定值，责令限期整改后逾期未整改。"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        penaltyId = response.json().path("id").asLong();
        return response.json();
    }

    public JsonNode detail() {
        return supervisor.get("/api/v1/penalties/" + penaltyId).json();
    }

    /** The id of the open task {@code key} of this penalty in {@code api}'s list; fails when it is not there. */
    public String task(Api api, String key) {
        JsonNode items = api.get("/api/v1/penalty-tasks?size=200").json().path("items");
        for (JsonNode task : items) {
            if (task.path("penaltyId").asLong() == penaltyId
                    && task.path("taskKey").asText().equals(key)) {
                return task.path("taskId").asText();
            }
        }
        throw new AssertionError("no task " + key + " of penalty " + penaltyId + " for this user in " + items);
    }

    public Api.Response complete(Api api, String key, Object payload) {
        return api.post("/api/v1/penalty-tasks/" + task(api, key) + "/complete", payload);
    }

    /** The step by its key, through {@code POST /api/v1/penalties/{id}/steps/{key}}. */
    public Api.Response step(Api api, String key, Object payload) {
        return api.post("/api/v1/penalties/" + penaltyId + "/steps/" + key, payload);
    }

    public void register(String legalRepresentative) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("registered", true);
        payload.put("articleCode", "EL83");
        payload.put("opinion", "符合立案条件，同意立案");
        if (legalRepresentative != null) {
            payload.put("legalRepresentative", legalRepresentative);
        }
        ok(complete(supervisor, "Task_RegisterPenaltyCase", payload));
    }

    public void investigate() {
        ok(complete(
                inspector1,
                "Task_Investigate",
                Map.of(
                        "violationType", "重点用能单位无正当理由拒不落实整改要求",
                        "facts", "经查，该单位熟料综合能耗 125 kgce/t，超过 GB 16780-2021 限定值 117 kgce/t；经责令限期整改，逾期仍未整改。",
                        "evidence", List.of("现场监察笔录", "限期整改通知书及送达回证", "熟料生产能耗台账"))));
    }

    public Api.Response review(long fineYuan) {
        return complete(
                supervisor,
                "Task_LegalReview",
                Map.of(
                        "outcome",
                        "PENALTY",
                        "opinion",
                        "事实清楚，证据确凿，适用法律正确，拟予处罚",
                        "collectiveDiscussion",
                        false,
                        "intendedKinds",
                        List.of("FINE"),
                        "intendedFineYuan",
                        fineYuan));
    }

    public void serveNotice(LocalDate servedOn) {
        ok(complete(inspector1, "Task_ServePenaltyNotice", Map.of("servedOn", servedOn.toString())));
    }

    public Api.Response decide(long fineYuan, String tier) {
        return complete(
                supervisor,
                "Task_Decide",
                Map.of(
                        "kinds",
                        List.of("FINE"),
                        "fineYuan",
                        fineYuan,
                        "reasons",
                        "当事人在陈述申辩中未提出新的事实和理由，经复核，维持拟作出的处罚。",
                        "severityTier",
                        tier));
    }

    public void serveDecision(LocalDate servedOn) {
        ok(complete(
                inspector1,
                "Task_ServeDecision",
                Map.of(
                        "servedOn", servedOn.toString(),
                        "method", "DIRECT",
                        "place", "当事人办公室",
                        "recipient", "王建国")));
    }

    public void publish() {
        ok(complete(supervisor, "Task_PublishRecord", Map.of()));
    }

    /** Fires every timer of this penalty's processes due at the engine's current time, as the job executor would. */
    public int fireDueTimers() {
        int fired = 0;
        for (ProcessInstance instance : instances()) {
            for (Job job : jobs.createJobQuery()
                    .processInstanceId(instance.getId())
                    .timers()
                    .executable()
                    .list()) {
                jobs.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }

    /** The running instances of this penalty (its procedure and its publication). */
    public List<ProcessInstance> instances() {
        List<ProcessInstance> found = new ArrayList<>();
        for (String key : List.of("penalty", "credit-publication")) {
            found.addAll(runtime.createProcessInstanceQuery()
                    .processDefinitionKey(key)
                    .variableValueEquals("penaltyId", penaltyId)
                    .list());
        }
        return found;
    }

    /** The enterprise uploads its proof of payment and the supervisor confirms it: the fine is paid. */
    public void payAndConfirm(long amountYuan, LocalDate paidOn) throws Exception {
        Api.Response proof = enterprise.upload(
                "/api/v1/portal/penalties/" + penaltyId + "/files?purpose=PAYMENT_PROOF", "缴款凭证.pdf", CaseSteps.pdf());
        assertThat(proof.status()).as(proof.body()).isEqualTo(201);
        ok(enterprise.post(
                "/api/v1/portal/penalties/" + penaltyId + "/payment-proof",
                Map.of(
                        "fileId",
                        proof.json().path("id").asLong(),
                        "paidOn",
                        paidOn.toString(),
                        "amountYuan",
                        amountYuan,
                        "receiptNumber",
                        "ZLB" + paidOn.toString().replace("-", "") + penaltyId)));
        long payment = detail().path("payments").get(0).path("id").asLong();
        ok(supervisor.post("/api/v1/penalties/" + penaltyId + "/payments/" + payment + "/confirm", Map.of()));
    }

    /**
     * A new inspection of the works on {@code day} (the clock's day) finds them rectified: its 整改复查意见书 (ACCEPT) is
     * issued; returns its 文号.
     */
    public String rectified(LocalDate day, LocalDate deadline) {
        CaseSteps inspection = new CaseSteps(port, world);
        inspection.open("COMPLAINT");
        CaseSteps.ok(inspection.assignTeam(day.toString()));
        java.time.Instant start =
                day.atTime(10, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        CaseSteps.ok(inspection.inspect(125, start, start.plus(java.time.Duration.ofMinutes(150))));
        CaseSteps.ok(inspection.enterprise.post(
                "/api/v1/portal/cases/" + inspection.caseId + "/statement", Map.of("text", "整改正在进行。")));
        inspection.draftApproveAndServe(deadline.toString(), day.toString());
        CaseSteps.ok(inspection.answerAll("rectified-" + inspection.caseId, "已完成余热发电改造，熟料综合能耗降至 105 kgce/t。"));
        CaseSteps.ok(
                inspection.complete(inspection.supervisor, "Task_ReviewRectification", Map.of("decision", "ACCEPT")));
        for (JsonNode document : inspection.detail().path("documents")) {
            if (document.path("kind").asText().equals("REVIEW_OPINION")) {
                return document.path("documentNumber").asText();
            }
        }
        throw new AssertionError("no 整改复查意见书 issued");
    }

    public static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }
}
