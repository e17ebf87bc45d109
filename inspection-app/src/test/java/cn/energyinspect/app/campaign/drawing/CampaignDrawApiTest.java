package cn.energyinspect.app.campaign.drawing;

import static cn.energyinspect.app.campaign.drawing.DrawWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.draw.DrawFile;
import cn.energyinspect.app.campaign.draw.DrawVerifier;
import cn.energyinspect.app.campaign.draw.PoolSnapshot;
import cn.energyinspect.app.campaign.draw.PublishedDraw;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The double-random draw of a county plan through the API, from preview to the started cases: commitment before the
 * draw, seed after it, the public verification file recomputed by the verifier, teams without 回避, cases in the
 * teams' task lists, and every refusal with its problem type.
 */
@IntegrationTest
class CampaignDrawApiTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DrawWorlds worlds;

    @Autowired
    cn.energyinspect.app.campaign.execution.CampaignCaseStarts starts;

    private DrawWorld world(String county) {
        return worlds.create(county, Agency.Tier.COUNTY);
    }

    @Test
    void a_county_draw_from_preview_to_cases_in_the_teams_task_lists() throws Exception {
        DrawWorld w = world("450102").withInspectors(4).withEnterprises(20, "450102");
        String named = w.enterprises.get(0);
        // the named target is always a target, so its team is always checked against the declared conflict
        String conflicted = named;
        w.declareConflict(w.inspectors.get(0), conflicted);
        long plan = w.newPlan(6, false);
        String base = "/api/v1/campaigns/" + plan;
        ok(w.supervisor.put(
                base + "/named-targets", Map.of("targets", List.of(Map.of("uscc", named, "reason", "COMPLAINT")))));
        ok(w.supervisor.post(base + "/publish", Map.of()));

        JsonNode preview = ok(w.supervisor.post(base + "/draw/preview", Map.of()));
        assertThat(preview.path("poolSize").asInt()).isEqualTo(20);
        assertThat(preview.path("named").asInt()).isEqualTo(1);
        assertThat(preview.path("toDraw").asInt()).isEqualTo(6);
        assertThat(preview.path("certifiedInspectors").asInt()).isEqualTo(4);
        assertThat(preview.path("strata").get(0).path("size").asInt()).isEqualTo(19);

        Api.Response early = w.supervisor.post(base + "/draw", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("urn:energyinspect:problem:draw-not-committed");

        JsonNode commitment = ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        assertThat(commitment.path("status").asText()).isEqualTo("COMMITTED");
        assertThat(commitment.path("seed").isNull()).isTrue();
        assertThat(commitment.path("commitment").path("seedSha256").asText()).hasSize(64);
        JsonNode publicBefore = ok(Api.anonymous(port).get("/api/v1/public/campaigns/" + plan + "/draws/1"));
        assertThat(publicBefore.path("commitment")).isEqualTo(commitment.path("commitment"));
        assertThat(publicBefore.path("seed").isNull()).isTrue();
        assertThat(publicBefore.path("targets").isNull()).isTrue();
        assertThat(Api.anonymous(port)
                        .get("/api/v1/public/campaigns/" + plan + "/draws/1/file")
                        .status())
                .isEqualTo(404);

        JsonNode drawn = ok(w.supervisor.post(base + "/draw", Map.of()));
        assertThat(drawn.path("status").asText()).isEqualTo("DRAWN");
        assertThat(drawn.path("targetCount").asInt()).isEqualTo(7);
        assertThat(drawn.path("seed").isNull()).isTrue();
        JsonNode targets = ok(w.supervisor.get(base + "/targets"));
        assertThat(targets).hasSize(7);
        Set<String> targetUsccs = new HashSet<>();
        for (JsonNode t : targets) {
            targetUsccs.add(t.path("uscc").asText());
            assertThat(t.path("team")).hasSize(2);
        }
        JsonNode conflictedTeam = stream(targets)
                .filter(t -> t.path("uscc").asText().equals(conflicted))
                .findFirst()
                .orElseThrow()
                .path("team");
        assertThat(conflictedTeam.findValuesAsText("username")).hasSize(2).doesNotContain(w.inspectors.get(0));
        assertThat(targetUsccs).contains(named).hasSize(7);

        JsonNode revealed = ok(w.supervisor.post(base + "/draw/reveal", Map.of()));
        assertThat(revealed.path("seed").asText()).hasSize(64);
        assertThat(ok(w.supervisor.get(base + "/phase")).path("phase").asText()).isEqualTo("EXECUTION");

        JsonNode publicDraw = ok(Api.anonymous(port).get("/api/v1/public/campaigns/" + plan + "/draws/1"));
        assertThat(publicDraw.path("seed").asText())
                .isEqualTo(revealed.path("seed").asText());
        assertThat(publicDraw.path("targets")).hasSize(7);
        JsonNode member = publicDraw.path("targets").get(0).path("team").get(0);
        assertThat(member.has("name") && member.has("certificateNo")).isTrue();
        assertThat(member.has("username")).isFalse();
        assertThat(publicDraw.toString()).doesNotContain(w.inspectors.get(0));

        String publicFile = Api.anonymous(port)
                .get("/api/v1/public/campaigns/" + plan + "/draws/1/file")
                .body();
        assertThat(publicFile).doesNotContain(w.inspectors.get(0));
        PublishedDraw published = DrawFile.fromJson(publicFile);
        DrawVerifier.Verdict verdict = DrawVerifier.verify(published);
        assertThat(verdict.mismatches()).isEmpty();
        assertThat(verdict.notes()).singleElement().asString().contains("teams not verified");
        var fewer = new ArrayList<>(published.pool().candidates());
        fewer.removeIf(c -> !targetUsccs.contains(c.uscc()));
        PublishedDraw tampered = new PublishedDraw(
                published.format(),
                published.commitment(),
                new PoolSnapshot(fewer),
                null,
                published.parameters(),
                published.seed(),
                published.result());
        assertThat(DrawVerifier.verify(tampered).mismatches())
                .anySatisfy(m -> assertThat(m).contains("SHA-256 of the pool"));

        PublishedDraw full =
                DrawFile.fromJson(w.supervisor.get(base + "/draws/1/file").body());
        DrawVerifier.Verdict fullVerdict = DrawVerifier.verify(full);
        assertThat(fullVerdict.accepted()).isTrue();
        assertThat(fullVerdict.notes()).isEmpty();
        assertThat(w.user(Role.INSPECTOR).get(base + "/draws/1/file").status()).isEqualTo(403);

        JsonNode accepted = ok(w.supervisor.post(base + "/cases/start", Map.of()));
        assertThat(accepted.path("targets").asInt()).isEqualTo(7);
        JsonNode progress = awaitStarted(w.supervisor, base, 7);
        assertThat(progress.path("refused").asInt()).isZero();
        assertThat(progress.path("running").asBoolean()).isFalse();

        JsonNode started = ok(w.supervisor.get(base + "/targets"));
        for (JsonNode t : started) {
            long caseId = t.path("caseId").asLong();
            assertThat(caseId).isPositive();
            JsonNode detail = ok(w.supervisor.get("/api/v1/cases/" + caseId));
            assertThat(detail.path("campaignId").asLong()).isEqualTo(plan);
            assertThat(detail.path("status").asText()).isEqualTo("TEAM_ASSIGNED");
            assertThat(detail.path("team").findValuesAsText("username"))
                    .containsExactlyInAnyOrderElementsOf(t.path("team").findValuesAsText("username"));
        }
        String someone = started.get(0).path("team").get(0).path("username").asText();
        JsonNode tasks = ok(w.as(someone).get("/api/v1/tasks?size=200")).path("items");
        assertThat(tasks.findValuesAsText("taskKey")).contains("Task_ServeInspectionNotice");

        JsonNode listed = ok(w.supervisor.get("/api/v1/cases?size=100&campaignId=" + plan));
        assertThat(listed.path("totalItems").asInt()).isEqualTo(7);
        assertThat(listed.path("items").findValuesAsText("enterpriseName"))
                .hasSize(7)
                .allSatisfy(name -> assertThat(name).startsWith("抽取测试造纸"));

        JsonNode rollUp = ok(w.supervisor.get(base + "/progress"));
        assertThat(rollUp.path("total").path("targets").asInt()).isEqualTo(7);
        assertThat(rollUp.path("total").path("cases").asInt()).isEqualTo(7);
        assertThat(rollUp.path("total")
                        .path("casesByStatus")
                        .path("TEAM_ASSIGNED")
                        .asInt())
                .isEqualTo(7);
        assertThat(rollUp.path("phase").asText()).isEqualTo("EXECUTION");

        List<String> actions = jdbc.queryForList(
                "SELECT action FROM audit_log WHERE entity = 'campaign_draw' AND entity_id IN "
                        + "(SELECT id FROM campaign_draw WHERE plan_id = ?) ORDER BY id",
                String.class,
                plan);
        assertThat(actions).containsExactly("COMMIT", "DRAW", "REVEAL");
    }

    @Test
    void nothing_of_an_unpublished_plan_is_public_and_its_draw_cannot_be_committed() {
        DrawWorld w = world("450103").withInspectors(2).withEnterprises(3, "450103");
        long plan = w.newPlan(2, false);
        Api anyone = Api.anonymous(port);

        assertThat(anyone.get("/api/v1/public/campaigns/" + plan).status()).isEqualTo(404);
        assertThat(anyone.get("/api/v1/public/campaigns/" + plan + "/draws").status())
                .isEqualTo(404);
        assertThat(anyone.get("/api/v1/public/campaigns?size=100").body()).doesNotContain("\"id\":" + plan + ",");
        Api.Response refused = w.supervisor.post("/api/v1/campaigns/" + plan + "/draw/commit", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("公开");

        ok(w.supervisor.post("/api/v1/campaigns/" + plan + "/publish", Map.of()));
        JsonNode shown = ok(anyone.get("/api/v1/public/campaigns/" + plan));
        assertThat(shown.path("title").asText()).startsWith("抽取测试计划");
        assertThat(anyone.get("/api/v1/public/campaigns/" + plan + "/results").status())
                .isEqualTo(404);
    }

    @Test
    void a_start_request_stored_before_a_crash_is_resumed_at_start_up() throws Exception {
        DrawWorld w = world("450125").withInspectors(2).withEnterprises(4, "450125");
        long plan = w.newPlan(3, true);
        String base = "/api/v1/campaigns/" + plan;
        ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        ok(w.supervisor.post(base + "/draw", Map.of()));
        ok(w.supervisor.post(base + "/draw/reveal", Map.of()));
        // the request was committed, then the node died before its worker opened a single case
        jdbc.update(
                "INSERT INTO campaign_case_start (plan_id, visit_date, requested_by, requested_at) VALUES (?, ?, ?, NOW(3))",
                plan,
                java.time.LocalDate.now().plusDays(30),
                w.supervisorName);

        starts.resume();

        JsonNode progress = awaitStarted(w.supervisor, base, 3);
        assertThat(progress.path("started").asInt()).isEqualTo(3);
        assertThat(progress.path("finishedAt").isTextual()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM inspection_case WHERE campaign_id = ?", Integer.class, plan))
                .isEqualTo(3);
    }

    @Test
    void a_plan_changes_until_it_is_published_but_never_its_deadlines() {
        DrawWorld w = world("450124").withInspectors(2);
        long plan = w.newPlan(4, false);
        String path = "/api/v1/campaigns/" + plan;
        Map<String, Object> form = new java.util.HashMap<>(DrawWorld.plan("改名后的计划", 5));
        form.put("drawDue", "2027-04-30");
        Api.Response refused = w.supervisor.put(path, form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("drawDue");

        form.put("drawDue", "2027-03-31");
        JsonNode changed = ok(w.supervisor.put(path, form));
        assertThat(changed.path("title").asText()).isEqualTo("改名后的计划");
        assertThat(changed.path("quota").asInt()).isEqualTo(5);
        assertThat(w.user(Role.INSPECTOR).put(path, form).status()).isEqualTo(403);

        ok(w.supervisor.post(path + "/publish", Map.of()));
        assertThat(w.supervisor.put(path, form).status()).isEqualTo(409);
    }

    @Test
    void a_second_draw_needs_a_reason_and_keeps_the_first_on_record_with_its_seed() {
        DrawWorld w = world("450105").withInspectors(3).withEnterprises(8, "450105");
        long plan = w.newPlan(3, true);
        String base = "/api/v1/campaigns/" + plan;
        JsonNode first = ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        ok(w.supervisor.post(base + "/draw", Map.of()));

        assertThat(w.supervisor.post(base + "/draw/commit", Map.of()).status()).isEqualTo(409);
        Api.Response noReason = w.supervisor.post(base + "/redraw", Map.of("parameters", Map.of()));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.problemFields()).containsExactly("reason");

        JsonNode second = ok(w.supervisor.post(base + "/redraw", Map.of("reason", "名录库漏录两家企业，补录后重新抽取")));
        assertThat(second.path("attempt").asInt()).isEqualTo(2);
        assertThat(second.path("reason").asText()).contains("补录");
        assertThat(second.path("commitment").path("seedSha256").asText())
                .isNotEqualTo(first.path("commitment").path("seedSha256").asText());
        JsonNode all = ok(w.supervisor.get(base + "/draws"));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(all.get(0).path("seed").asText()).hasSize(64);
        assertThat(all.get(1).path("status").asText()).isEqualTo("COMMITTED");
        assertThat(ok(w.supervisor.get(base + "/targets"))).isEmpty();
        JsonNode publicFirst = ok(Api.anonymous(port).get("/api/v1/public/campaigns/" + plan + "/draws/1"));
        assertThat(publicFirst.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(publicFirst.path("seed").asText())
                .isEqualTo(all.get(0).path("seed").asText());
    }

    @Test
    void a_target_is_replaced_only_by_an_enterprise_of_the_pool_with_a_reason() {
        DrawWorld w = world("450107").withInspectors(3).withEnterprises(6, "450107");
        long plan = w.newPlan(2, true);
        String base = "/api/v1/campaigns/" + plan;
        ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        ok(w.supervisor.post(base + "/draw", Map.of()));
        JsonNode targets = ok(w.supervisor.get(base + "/targets"));
        String out = targets.get(0).path("uscc").asText();
        Set<String> drawn = new HashSet<>(targets.findValuesAsText("uscc"));
        String spare = w.enterprises.stream()
                .filter(u -> !drawn.contains(u))
                .findFirst()
                .orElseThrow();
        String outsider =
                world("450108").withEnterprises(1, "450108").enterprises.get(0);

        Api.Response notInPool = w.supervisor.post(
                base + "/targets/" + out + "/replace", Map.of("replacementUscc", outsider, "reason", "企业已停产"));
        assertThat(notInPool.status()).isEqualTo(422);
        assertThat(notInPool.problemFields()).containsExactly("replacementUscc");
        assertThat(w.supervisor
                        .post(base + "/targets/" + out + "/replace", Map.of("replacementUscc", spare))
                        .problemFields())
                .containsExactly("reason");

        JsonNode replacement = ok(w.supervisor.post(
                base + "/targets/" + out + "/replace", Map.of("replacementUscc", spare, "reason", "企业已停产注销")));
        assertThat(replacement.path("source").asText()).isEqualTo("REPLACEMENT");
        JsonNode after = ok(w.supervisor.get(base + "/targets"));
        JsonNode replaced = after.get(0);
        assertThat(replaced.path("status").asText()).isEqualTo("REPLACED");
        assertThat(replaced.path("replacementReason").asText()).isEqualTo("企业已停产注销");
        Api.Response back = w.supervisor.post(
                base + "/targets/" + spare + "/replace", Map.of("replacementUscc", out, "reason", "企业恢复生产"));
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.problemFields()).containsExactly("replacementUscc");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'campaign_draw' AND action = 'REPLACE' AND after_json LIKE ?",
                        Integer.class,
                        "%" + spare + "%"))
                .isEqualTo(1);
    }

    @Test
    void only_a_visit_keeps_an_enterprise_out_of_an_on_site_draw_not_a_desk_review() {
        DrawWorld w = world("450126").withInspectors(2).withEnterprises(4, "450126");
        String visited = w.enterprises.get(0);
        String deskReviewed = w.enterprises.get(1);
        caseOf(w, visited, "ON_SITE");
        caseOf(w, deskReviewed, "DESK");
        long plan = w.newPlan(3, true);
        String base = "/api/v1/campaigns/" + plan;

        JsonNode preview = ok(w.supervisor.post(base + "/draw/preview", Map.of()));
        assertThat(preview.path("poolSize").asInt()).isEqualTo(4);
        assertThat(preview.path("excluded").asInt())
                .as("visited within 12 months: out; desk-reviewed: in (programmes.md §4.6)")
                .isEqualTo(1);
        assertThat(preview.path("strata").get(0).path("size").asInt()).isEqualTo(3);

        ok(w.supervisor.post(base + "/draw/commit", Map.of()));
        ok(w.supervisor.post(base + "/draw", Map.of()));
        ok(w.supervisor.post(base + "/draw/reveal", Map.of()));
        List<String> targets = jdbc.queryForList(
                "SELECT uscc FROM campaign_target WHERE plan_id = ? AND status = 'ACTIVE'", String.class, plan);
        assertThat(targets)
                .as("the three not visited, the desk-reviewed one among them")
                .hasSize(3)
                .contains(deskReviewed)
                .doesNotContain(visited);
    }

    /** A case of the enterprise opened today by the world's agency: a visit (ON_SITE) or a desk review (DESK). */
    private void caseOf(DrawWorld w, String uscc, String type) {
        long template = jdbc.queryForObject(
                "SELECT MIN(id) FROM checklist_template WHERE inspection_type = ?", Long.class, type);
        jdbc.update(
                "INSERT INTO inspection_case (case_number, agency_id, case_year, sequence_no, enterprise_uscc,"
                        + " region_code, case_trigger, inspection_type, status, template_id, opened_by, opened_at)"
                        + " VALUES (?, ?, YEAR(CURRENT_DATE), ?, ?, ?, 'MANUAL', ?, 'OPENED', ?, 'test', CURRENT_TIMESTAMP(3))",
                "抽取排除〔" + System.nanoTime() + "〕" + type,
                w.agencyId,
                (int) (System.nanoTime() % 1_000_000),
                uscc,
                w.region,
                type,
                template);
    }

    @Test
    void refusals_name_what_is_wrong() {
        DrawWorld w = world("450109").withInspectors(1).withEnterprises(5, "450109");
        long plan = w.newPlan(2, true);
        String base = "/api/v1/campaigns/" + plan;

        Api.Response tooFew = w.supervisor.post(base + "/draw/commit", Map.of());
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.problemType()).isEqualTo("urn:energyinspect:problem:too-few-inspectors");
        assertThat(tooFew.json().path("detail").asText()).contains("还缺 1 人");

        Api.Response overQuota = w.supervisor.post(base + "/draw/preview", Map.of());
        assertThat(overQuota.status()).isEqualTo(200);
        Api.Response tooMany = w.supervisor.post(base + "/draw/commit", Map.of("countPerStratum", Map.of("ALL", 4)));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.problemFields()).containsExactly("countPerStratum");
        assertThat(tooMany.json().path("detail").asText()).contains("多 2 家");

        Api.Response uncounted = w.supervisor.post(
                base + "/draw/preview",
                Map.of("stratifyBy", List.of("COUNTY"), "countPerStratum", Map.of("999999", 1)));
        assertThat(uncounted.status()).isEqualTo(422);
        assertThat(uncounted.problemFields()).containsExactly("countPerStratum");
        assertThat(uncounted.json().path("detail").asText()).contains("450109");

        Api.Response badParameters = w.supervisor.post(
                base + "/draw/preview",
                Map.of("stratifyBy", List.of("COUNTY", "SHOE_SIZE"), "ratio", 1.5, "teamSize", 1));
        assertThat(badParameters.status()).isEqualTo(422);
        assertThat(badParameters.problemFields()).contains("stratifyBy", "ratio", "teamSize");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_draw WHERE plan_id = ?", Integer.class, plan))
                .isZero();
    }

    @Test
    void every_draw_endpoint_keeps_to_jurisdiction_and_agency() {
        DrawWorld w = world("450110").withInspectors(2).withEnterprises(3, "450110");
        DrawWorld other = world("450123");
        long plan = w.newPlan(1, true);
        String base = "/api/v1/campaigns/" + plan;
        Api inspector = w.user(Role.INSPECTOR);
        Api enterprise = w.user(Role.ENTERPRISE);

        String target = "/targets/" + w.enterprises.get(0) + "/replace";
        for (String path : List.of(
                "/draw/preview",
                "/draw/commit",
                "/draw",
                "/draw/reveal",
                "/redraw",
                target,
                "/cases/start",
                "/publish",
                "/results/publish",
                "/phase/DRAW/complete")) {
            assertThat(other.supervisor.post(base + path, Map.of()).status())
                    .as(path)
                    .isEqualTo(404);
            assertThat(enterprise.post(base + path, Map.of()).status()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/draws", "/draws/1/file", "/targets", "/progress", "/phase", "/cases/start")) {
            assertThat(other.supervisor.get(base + path).status()).as(path).isEqualTo(404);
        }
        for (String path : List.of(
                "/draw/commit",
                "/draw",
                "/draw/reveal",
                "/redraw",
                target,
                "/cases/start",
                "/publish",
                "/results/publish",
                "/phase/SUMMARY/complete")) {
            assertThat(inspector.post(base + path, Map.of()).status()).as(path).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_draw WHERE plan_id = ?", Integer.class, plan))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE entity IN ('campaign_draw', 'campaign_plan') AND entity_id = ?"
                                + " AND action NOT IN ('CREATE', 'PUBLISH_PLAN')",
                        Integer.class,
                        String.valueOf(plan)))
                .isZero();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode awaitStarted(Api supervisor, String base, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode progress = null;
        while (System.nanoTime() < deadline) {
            progress = ok(supervisor.get(base + "/cases/start"));
            if (progress.path("started").asInt() + progress.path("refused").asInt() >= expected
                    && !progress.path("running").asBoolean()) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("cases not started within 60 s: " + progress);
    }
}
