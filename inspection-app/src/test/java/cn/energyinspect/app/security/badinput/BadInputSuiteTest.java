package cn.energyinspect.app.security.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input suite, generated from the OpenAPI description: every operation with a JSON request body gets, for each
 * property its schema declares, the invalid values its declaration implies ({@link BadBodies}), sent by a role the
 * access matrix ({@code security/access-matrix.csv}) lets call it, on a real object of a fresh world. Each must answer
 * a 4xx problem+json — never a 5xx, never a 2xx — whose {@code errors} name the field by its path ({@code
 * record.startedAt}, {@code items[0].text}), and together they must leave the database as it was: the row count of
 * every application table and the case, plan and enterprise as re-read.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /**
     * Tables written on refusals by design, left out of the "nothing changed" snapshot: the security-event audit (a
     * refused request is a security event) and the login throttle (a failed sign-in counts against the account and
     * the client address).
     */
    static final List<String> WRITTEN_ON_REFUSAL = List.of("security_event", "login_throttle");

    /** The task payloads whose task a fresh world has open: the schema's name and the task's id and holder. */
    record TaskPayload(String schema, String taskId, Api holder) {}

    /** One operation to try: method, concrete path, body schema, caller. */
    record Target(String operation, String method, String path, JsonNode schema, Api caller) {}

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    JsonNode docs;
    Map<String, String> audiences;
    final Map<String, Api> byAudience = new LinkedHashMap<>();
    final Map<String, String> variables = new LinkedHashMap<>();
    final List<TaskPayload> tasks = new ArrayList<>();
    CaseWorld.World own;
    CaseSteps planned;
    CaseSteps visited;
    long planId;

    @BeforeAll
    void prepare() throws IOException {
        clock.reset();
        docs = Api.anonymous(port).get("/v3/api-docs").json();
        audiences = loadAudiences();
        own = worlds.create("330106");
        planned = new CaseSteps(port, own);
        planned.open("MANUAL");
        CaseWorld.World team = worlds.create("330106");
        visited = new CaseSteps(port, team);
        visited.open("MANUAL");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        CaseSteps.ok(visited.assignTeam(today.plusDays(14).toString()));
        tasks.add(new TaskPayload(
                "AssignTeamPayload", planned.task(planned.supervisor, "Task_AssignTeam"), planned.supervisor));
        tasks.add(new TaskPayload(
                "ServeInspectionNoticePayload",
                visited.task(visited.inspector1, "Task_ServeInspectionNotice"),
                visited.inspector1));
        Api.Response plan = planned.supervisor.post("/api/v1/campaigns", planForm());
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        planId = plan.json().path("id").asLong();

        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api reviewer = Api.as(port, users.create(Role.PROJECT_REVIEWER, "330000"));
        Api anyone = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
        // a client address of its own, so refused sign-ins throttle no one else; the CSRF double-submit pair a page
        // would send with a session login
        Api anonymous = Api.anonymous(port)
                .from("198.51.100.23")
                .withHeader("Cookie", "XSRF-TOKEN=bad-input-suite")
                .withHeader("X-XSRF-TOKEN", "bad-input-suite");
        for (String audience : List.of("SUPERVISORS", "OVERSEERS", "STAFF")) {
            byAudience.put(audience, planned.supervisor);
        }
        byAudience.put("ANY", anyone);
        byAudience.put("PUBLIC", anonymous);
        byAudience.put("ADMINS", admin);
        byAudience.put("ADMINS_AUDITORS", admin);
        byAudience.put("AGENCY", planned.supervisor);
        byAudience.put("TEAM", visited.inspector1);
        byAudience.put("TEAM_ENTERPRISE", visited.inspector1);
        byAudience.put("ENFORCEMENT_OFFICERS", planned.inspector1);
        byAudience.put("INSPECTION_ANY", planned.supervisor);
        byAudience.put("ENTERPRISE", visited.enterprise);
        byAudience.put("APPLICANT", planned.enterprise);
        byAudience.put("APPLICANT_REVIEWERS", planned.enterprise);
        byAudience.put("APPROVAL_READERS", planned.enterprise);
        byAudience.put("REVIEWERS", reviewer);

        variables.put("/api/v1/admin/agencies/{id}", String.valueOf(own.agencyId()));
        variables.put("{year}", "2027");
        variables.put("{username}", own.inspector2());
        variables.put("/api/v1/campaigns/{id}", String.valueOf(planId));
        variables.put("{uscc}", own.enterpriseUscc());
        variables.put("/api/v1/cases/{id}", String.valueOf(visited.caseId));
        variables.put("/api/v1/portal/cases/{id}", String.valueOf(visited.caseId));
        variables.put("{caseId}", String.valueOf(visited.caseId));
        first("SELECT MIN(id) FROM inspector_credential")
                .ifPresent(id -> variables.put("/api/v1/admin/credentials/{id}", id));
        first("SELECT MIN(id) FROM checklist_template")
                .ifPresent(id -> variables.put("/api/v1/admin/checklist-templates/{id}", id));
        first("SELECT MIN(id) FROM user_conflict").ifPresent(id -> variables.put("/api/v1/conflicts/{id}", id));
        first("SELECT MIN(id) FROM approval_application").ifPresent(id -> variables.put("/api/v1/approvals/{id}", id));
    }

    @Test
    void every_invalid_body_is_a_4xx_problem_naming_its_field_and_changes_nothing() {
        List<Target> targets = new ArrayList<>();
        TreeSet<String> skipped = new TreeSet<>();
        collect(targets, skipped);
        BadBodies bodies = new BadBodies(docs);

        Map<String, Long> before = rowCounts();
        Map<String, JsonNode> readBefore = reread();
        Map<String, String> wrong = new TreeMap<>();
        int tried = 0;
        for (Target target : targets) {
            List<BadBodies.Variant> variants = new ArrayList<>(bodies.of(target.schema()));
            variants.add(new BadBodies.Variant("root(array for object)", null, "[]"));
            variants.add(new BadBodies.Variant("root(string for object)", null, "\"x\""));
            for (BadBodies.Variant variant : variants) {
                Api.Response response = "PUT".equals(target.method())
                        ? target.caller().put(target.path(), variant.json())
                        : target.caller().post(target.path(), variant.json());
                tried++;
                judge(response, variant)
                        .ifPresent(reason -> wrong.put(
                                target.operation() + " "
                                        + Optional.ofNullable(variant.field()).orElse("(body)") + " " + variant.kind(),
                                reason));
            }
        }
        Map<String, Long> after = rowCounts();
        Map<String, JsonNode> readAfter = reread();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changed.put(table, count + " rows before, " + after.get(table) + " after");
            }
        });
        readBefore.forEach((resource, json) -> {
            if (!json.equals(readAfter.get(resource))) {
                changed.put(resource, "re-read differs: " + json + " → " + readAfter.get(resource));
            }
        });
        System.out.println("BAD-INPUT operations=" + targets.size() + " skipped operations: " + skipped);
        System.out.println("BAD-INPUT tables watched=" + before.size() + ", left out (written on refusals): "
                + WRITTEN_ON_REFUSAL);
        wrong.forEach((cell, reason) -> System.out.println("BAD-INPUT wrong: " + cell + " → " + reason));
        System.out.println("BAD-INPUT tried=" + tried + " wrong=" + wrong.size() + " skipped=" + skipped.size());
        assertThat(wrong)
                .as("invalid bodies not answered with a 4xx problem naming the field")
                .isEmpty();
        assertThat(changed).as("what the invalid bodies changed").isEmpty();
    }

    /** Why the answer to an invalid body is wrong, or empty when it is right. */
    private static Optional<String> judge(Api.Response response, BadBodies.Variant variant) {
        int status = response.status();
        String excerpt = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
        if (status < 400 || status >= 500) {
            return Optional.of("answered " + status + ": " + excerpt);
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return Optional.of("answered " + status + " as " + response.contentType());
        }
        if (variant.field() == null) {
            return Optional.empty();
        }
        List<String> fields = response.problemFields();
        String field = variant.field();
        boolean named = fields.stream()
                .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
        return named ? Optional.empty() : Optional.of("answered " + status + " naming " + fields + ": " + excerpt);
    }

    /** The operations with a JSON body, made concrete; those whose path object a fresh world lacks are skipped. */
    private void collect(List<Target> targets, TreeSet<String> skipped) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String verb = method.getKey().toUpperCase();
                JsonNode schema = method.getValue()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (!List.of("POST", "PUT", "PATCH").contains(verb) || schema.isMissingNode()) {
                    continue;
                }
                String operation = verb + " " + path.getKey();
                String audience = audiences.get(operation);
                assertThat(audience)
                        .as(operation + " has no line in the access matrix")
                        .isNotNull();
                if (path.getKey().equals("/api/v1/tasks/{taskId}/complete")) {
                    for (TaskPayload task : tasks) {
                        targets.add(new Target(
                                operation + " (" + task.schema() + ")",
                                verb,
                                "/api/v1/tasks/" + task.taskId() + "/complete",
                                JSON.createObjectNode().put("$ref", "#/components/schemas/" + task.schema()),
                                task.holder()));
                    }
                    schema.path("oneOf").forEach(ref -> {
                        String name = ref.path("$ref").asText().replaceAll(".*/", "");
                        if (tasks.stream().noneMatch(t -> t.schema().equals(name))) {
                            skipped.add(operation + " (" + name + ": no such task open in a fresh world)");
                        }
                    });
                    continue;
                }
                String concrete = concrete(path.getKey());
                if (concrete == null) {
                    skipped.add(operation + " (no object for its path)");
                    continue;
                }
                targets.add(new Target(operation, verb, concrete, schema, byAudience.get(audience)));
            }
        }
    }

    /** The path with each variable replaced by the world's object, or null when there is none. */
    private String concrete(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String prefix = template.substring(0, matcher.end());
            String value = variables.entrySet().stream()
                    .filter(e -> prefix.endsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (value == null) {
                return null;
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Optional<String> first(String sql) {
        return Optional.ofNullable(jdbc.queryForObject(sql, Long.class)).map(String::valueOf);
    }

    /** Rows of every application table (Camunda's own tables and the migration history left out). */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE' AND UPPER(table_name) NOT LIKE 'ACT\\_%'"
                        + " AND table_name <> 'flyway_schema_history'",
                String.class)) {
            if (!WRITTEN_ON_REFUSAL.contains(table.toLowerCase())) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            }
        }
        return counts;
    }

    /** The world's case, plan and enterprise as their owners read them. */
    private Map<String, JsonNode> reread() {
        Map<String, JsonNode> read = new LinkedHashMap<>();
        read.put(
                "case " + visited.caseId,
                visited.supervisor.get("/api/v1/cases/" + visited.caseId).json());
        read.put(
                "case " + planned.caseId,
                planned.supervisor.get("/api/v1/cases/" + planned.caseId).json());
        read.put(
                "plan " + planId,
                planned.supervisor.get("/api/v1/campaigns/" + planId).json());
        read.put(
                "enterprise " + own.enterpriseUscc(),
                planned.supervisor
                        .get("/api/v1/enterprises/" + own.enterpriseUscc())
                        .json());
        return read;
    }

    private static Map<String, Object> planForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", 2027);
        form.put("title", "错误输入测试计划");
        form.put("inspectionType", "ON_SITE");
        form.put("checklistTemplateCode", "ON_SITE_GENERAL");
        form.put("industries", List.of("C3011"));
        form.put("keyEnergyUnitsOnly", false);
        form.put("quota", 1);
        form.put("splitDue", "2027-02-26");
        form.put("drawDue", "2027-03-31");
        form.put("executionDue", "2027-10-29");
        form.put("summaryDue", "2027-12-15");
        return form;
    }

    /** {@code METHOD path → audience} from the access matrix. */
    private static Map<String, String> loadAudiences() throws IOException {
        Map<String, String> audiences = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BadInputSuiteTest.class.getResourceAsStream("/security/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(",");
                    audiences.put(parts[0].strip(), parts[1].strip());
                }
            }
        }
        return audiences;
    }
}
