package cn.energyinspect.app.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.EnterpriseBuilder;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * One enterprise of 杭州市西湖区 with its applications, the city's and the province's project reviewers, and the steps
 * of the procedure as the scenario tests read them.
 */
final class ApprovalSteps {
    static final String COUNTY = "330106";
    static final String CITY = "330100";
    static final String PROVINCE = "330000";

    final int port;
    final CaseWorld.World world;
    final String cityReviewerName;
    final String provinceReviewerName;
    Api enterprise;
    Api cityReviewer;
    Api provinceReviewer;

    ApprovalSteps(int port, CaseWorld worlds, TestFixtures.Users users) {
        this.port = port;
        this.world = worlds.create(COUNTY);
        this.cityReviewerName = users.create(Role.PROJECT_REVIEWER, CITY);
        this.provinceReviewerName = users.create(Role.PROJECT_REVIEWER, PROVINCE);
        signIn();
    }

    /** Signs everyone in again: tokens expire when a test moves the clock by days. */
    void signIn() {
        enterprise = Api.as(port, world.enterpriseUser());
        cityReviewer = Api.as(port, cityReviewerName);
        provinceReviewer = Api.as(port, provinceReviewerName);
    }

    /** A clinker plan in 西湖区 (长三角, key region: 2 : 1) replacing one line of another owner. */
    static Map<String, Object> clinkerPlan(String title, double newCapacity, double exitCapacity, String ownerUscc) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.put("industry", "CEMENT_CLINKER");
        plan.put("regionCode", COUNTY);
        plan.put("newCapacity", newCapacity);
        plan.put("newLineName", "4500t/d熟料新型干法生产线");
        plan.put("plannedStart", "2026-09-30");
        plan.put("exitLines", List.of(exitLine(ownerUscc, "2号熟料生产线", exitCapacity, COUNTY)));
        return plan;
    }

    static Map<String, Object> exitLine(String ownerUscc, String lineName, double capacity, String region) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ownerName", "浙江测试建材有限公司");
        line.put("ownerUscc", ownerUscc);
        line.put("lineName", lineName);
        line.put("capacity", capacity);
        line.put("regionCode", region);
        line.put("dischargePermitNumber", "91330106PW0001");
        return line;
    }

    static String freshOwner() {
        return EnterpriseBuilder.freshUscc(COUNTY);
    }

    long create(Map<String, Object> plan) {
        Api.Response created = enterprise.post("/api/v1/approvals/capacity-replacement", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    JsonNode submit(long id) {
        Api.Response submitted = enterprise.post("/api/v1/approvals/" + id + "/submission", Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }

    JsonNode detail(Api api, long id) {
        Api.Response detail = api.get("/api/v1/approvals/" + id);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        return detail.json();
    }

    JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode review(Api api, long id, String step, String outcome, String reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (reasons != null) {
            body.put("reasons", reasons);
        }
        return ok(api.post("/api/v1/approvals/" + id + "/" + step, body));
    }

    /** Created, submitted, passed by the city and the province: in 公示. */
    long inPublicity(Map<String, Object> plan) {
        long id = create(plan);
        assertThat(submit(id).path("submitted").asBoolean()).isTrue();
        review(cityReviewer, id, "city-review", "PASS", null);
        JsonNode published = review(provinceReviewer, id, "province-review", "PASS", null);
        assertThat(published.path("status").asText()).isEqualTo("PUBLICITY");
        return id;
    }

    String number(long id) {
        return detail(provinceReviewer, id).path("applicationNumber").asText();
    }

    Api.Response object(String number, String name, String reasons, Map<String, byte[]> files) {
        return Api.anonymous(port)
                .from("10.9." + (System.nanoTime() % 200) + "." + (System.nanoTime() % 250))
                .multipart(
                        "/api/v1/public/approvals/" + number + "/objections",
                        Map.of("name", name, "contact", "13800000000", "reasons", reasons),
                        files);
    }

    static int fireTimers(RuntimeService runtime, ManagementService jobs, String businessKey) {
        List<String> instances = new ArrayList<>();
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .list()
                .forEach(pi -> instances.add(pi.getId()));
        int fired = 0;
        for (String instance : instances) {
            fired += CaseSteps.fireDueTimers(jobs, instance);
        }
        return fired;
    }
}
