package cn.energyinspect.app.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.campaign.drawing.DrawWorld;
import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.PenaltySteps;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access matrix, generated from the OpenAPI description: every operation × no token and every role, of the object's own region
 * and of a sibling region, against the expectation declared for it in {@code security/access-matrix.csv}. An
 * operation without a declared expectation fails the build, so a new endpoint cannot be added without deciding who
 * may call it.
 *
 * <p>Per cell: a role the operation is not declared for never gets a 2xx (403 or 404); a user of a sibling region never
 * reads or changes an object of another region (404, or 403 where the role itself is refused); a role it is declared
 * for is never refused outright (no 401 or 403) — for reads only, since a write with an empty body could change state.
 * Three tiers (province 330000 → city 330100 → county 330106) with a sibling at each (320000, 330200, 330105): a user
 * of a region above reads the county's objects as the county's own user of the same role does, but is not the team or
 * the owning agency's work queue; the county's users read the header of the city's plan above them (split to their
 * agency), never act on it, never read its roster or its draw preview (candidates of the other counties).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    /** Who may call an operation, as declared. */
    enum Audience {
        PUBLIC,
        ANY,
        AGENCY,
        STAFF,
        SUPERVISORS,
        ADMINS,
        TEAM,
        ENTERPRISE,
        OVERSEERS,
        ADMINS_AUDITORS,
        TEAM_ENTERPRISE,
        APPLICANT,
        REVIEWERS,
        APPLICANT_REVIEWERS,
        APPROVAL_READERS,
        INSPECTION_ANY,
        ENFORCEMENT_OFFICERS
    }

    /** What the path's first variable names, so a sibling region's users can be tried on another region's object. */
    enum Scope {
        NONE,
        CASE,
        PLAN,
        ENTERPRISE,
        TASK,
        USER,
        PENALTY
    }

    record Expectation(Set<Role> roles, boolean anonymous, Scope scope) {}

    /**
     * Where a persona stands to the objects under test (all of county 330106, 西湖区, whose agency owns them): in their
     * own region (the owning agency, its auditor, the enterprise; the province administrator over all of 33), in a
     * region above (the city 330100 and province 330000, another agency whose jurisdiction covers the county), or in a
     * sibling region at each tier (the county 330105, the city 330200, the province 320000), or another enterprise.
     */
    enum Relation {
        OWN,
        PARENT,
        SIBLING
    }

    /** A user of {@code role} ({@code null}: no token at all). */
    record Persona(String name, Role role, Api api, Relation relation) {
        boolean sibling() {
            return relation == Relation.SIBLING;
        }
    }

    /**
     * Audiences bound to the object's people rather than to a region: the case's team (and the enterprise), the
     * officers of the owning agency; tasks (scope TASK) are the owning agency's work queue too. A user of a region
     * above is not one of them, so never gets a 2xx there. Every other read of a region above must answer as the own
     * region's user of the same role does: a 2xx where that one gets a 2xx, a refusal where it gets one.
     */
    private static final Set<Audience> PEOPLE_BOUND =
            EnumSet.of(Audience.TEAM, Audience.TEAM_ENTERPRISE, Audience.ENFORCEMENT_OFFICERS);

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    DrawWorlds drawWorlds;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService jobs;

    JsonNode docs;
    Map<String, Expectation> declared;
    Map<String, Audience> audiences;
    /** A plan of the city above the own county, split to the own county's agency: its header is readable below. */
    String parentPlan;

    final List<Persona> personas = new ArrayList<>();
    final Map<Scope, String> objects = new LinkedHashMap<>();

    @BeforeAll
    void prepare() throws IOException {
        docs = apiDocs();
        declared = load();
        audiences = loadAudiences();
        CaseWorld.World own = worlds.create("330106");
        CaseWorld.World sibling = worlds.create("330105");
        CaseSteps steps = new CaseSteps(port, own);
        steps.open("MANUAL");
        objects.put(Scope.CASE, String.valueOf(steps.caseId));
        objects.put(Scope.TASK, steps.task(steps.supervisor, "Task_AssignTeam"));
        objects.put(Scope.ENTERPRISE, own.enterpriseUscc());
        objects.put(Scope.USER, own.inspector1());
        Api planOwner = steps.supervisor;
        Api.Response created = planOwner.post("/api/v1/campaigns", planForm());
        assertThat(created.status()).as(created.body()).isEqualTo(201); // else every PLAN cell would try no plan
        objects.put(Scope.PLAN, created.json().path("id").asText());
        PenaltySteps penalty = new PenaltySteps(port, own, runtime, jobs);
        penalty.openByHand("EL83");
        objects.put(Scope.PENALTY, String.valueOf(penalty.penaltyId));
        personas.add(new Persona("noToken", null, Api.anonymous(port), Relation.OWN));
        personas.add(new Persona("supervisor", Role.SUPERVISOR, steps.supervisor, Relation.OWN));
        personas.add(new Persona("inspector", Role.INSPECTOR, steps.inspector1, Relation.OWN));
        personas.add(new Persona("enterprise", Role.ENTERPRISE, steps.enterprise, Relation.OWN));
        personas.add(new Persona("auditor", Role.AUDITOR, Api.as(port, worlds.auditorOf(own)), Relation.OWN));
        personas.add(new Persona(
                "provinceAdmin",
                Role.PROVINCE_ADMIN,
                Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000")),
                Relation.OWN));
        personas.add(new Persona(
                "projectReviewer",
                Role.PROJECT_REVIEWER,
                Api.as(port, users.create(Role.PROJECT_REVIEWER, "330000")),
                Relation.OWN));
        // three tiers: the city and the province above the county, each with a sibling
        DrawWorld city = drawWorlds.create("330100", Agency.Tier.CITY);
        personas.add(new Persona("citySupervisor", Role.SUPERVISOR, city.supervisor, Relation.PARENT));
        personas.add(new Persona("cityInspector", Role.INSPECTOR, city.user(Role.INSPECTOR), Relation.PARENT));
        personas.add(new Persona("cityAuditor", Role.AUDITOR, city.user(Role.AUDITOR), Relation.PARENT));
        personas.add(new Persona(
                "provinceAuditor", Role.AUDITOR, Api.as(port, users.create(Role.AUDITOR, "330000")), Relation.PARENT));
        CaseSteps other = new CaseSteps(port, sibling);
        personas.add(new Persona("siblingSupervisor", Role.SUPERVISOR, other.supervisor, Relation.SIBLING));
        personas.add(new Persona("siblingInspector", Role.INSPECTOR, other.inspector1, Relation.SIBLING));
        personas.add(new Persona("otherEnterprise", Role.ENTERPRISE, other.enterprise, Relation.SIBLING));
        personas.add(
                new Persona("siblingAuditor", Role.AUDITOR, Api.as(port, worlds.auditorOf(sibling)), Relation.SIBLING));
        DrawWorld siblingCity = drawWorlds.create("330200", Agency.Tier.CITY);
        personas.add(new Persona("siblingCitySupervisor", Role.SUPERVISOR, siblingCity.supervisor, Relation.SIBLING));
        personas.add(new Persona("siblingCityAuditor", Role.AUDITOR, siblingCity.user(Role.AUDITOR), Relation.SIBLING));
        personas.add(new Persona(
                "siblingProvinceAdmin",
                Role.PROVINCE_ADMIN,
                Api.as(port, users.create(Role.PROVINCE_ADMIN, "320000")),
                Relation.SIBLING));
        // a plan of the city, split to the own county's agency and accepted there: the county reads its header
        long cityPlan = city.newPlan(2, true);
        JsonNode split = DrawWorld.ok(city.supervisor.post(
                "/api/v1/campaigns/" + cityPlan + "/split",
                Map.of("children", List.of(Map.of("agencyId", own.agencyId(), "quota", 1)))));
        DrawWorld.ok(steps.supervisor.post(
                "/api/v1/campaigns/" + split.path("children").get(0).path("id").asLong() + "/accept", Map.of()));
        parentPlan = String.valueOf(cityPlan);
    }

    @Test
    void every_operation_declares_who_may_call_it() {
        Set<String> undeclared = new TreeSet<>(operations().keySet());
        undeclared.removeAll(declared.keySet());
        Set<String> stale = new TreeSet<>(declared.keySet());
        stale.removeAll(operations().keySet());
        assertThat(undeclared)
                .as("operations without a line in security/access-matrix.csv")
                .isEmpty();
        assertThat(stale)
                .as("lines of security/access-matrix.csv naming no operation")
                .isEmpty();
    }

    @Test
    void no_cell_of_the_matrix_lets_a_caller_through_who_should_not_be() {
        Map<String, String> wrong = new TreeMap<>();
        int cells = 0;
        int parentCells = 0;
        for (Map.Entry<String, JsonNode> entry : operations().entrySet()) {
            Expectation expected = declared.get(entry.getKey());
            if (expected == null) {
                continue;
            }
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String template = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            String path = concrete(template, expected.scope());
            Map<Role, Integer> ownStatus = new EnumMap<>(Role.class);
            for (Persona persona : personas) {
                boolean allowed = expected.anonymous() || expected.roles().contains(persona.role());
                boolean foreignObject = persona.sibling() && expected.scope() != Scope.NONE;
                boolean above = persona.relation() == Relation.PARENT && expected.scope() != Scope.NONE;
                if (allowed && !foreignObject && !"GET".equals(method)) {
                    continue; // a permitted write with an empty body could change the state the other cells need
                }
                int status = call(persona.api(), method, path);
                cells++;
                String cell = entry.getKey() + " as " + persona.name();
                if (persona.relation() == Relation.OWN && persona.role() != null) {
                    ownStatus.putIfAbsent(persona.role(), status);
                }
                if (above) {
                    parentCells++;
                }
                if (persona.role() == null && !allowed && "GET".equals(method)) {
                    if (status != 401) {
                        wrong.put(cell, "answered " + status + ", without a token it must be a 401");
                    }
                } else if (!allowed || foreignObject) {
                    if (status >= 200 && status < 300) {
                        wrong.put(cell, "answered " + status + ", expected a refusal");
                    } else if (foreignObject && allowed && "GET".equals(method) && status != 404) {
                        wrong.put(cell, "answered " + status + ", another region's object must be a 404");
                    }
                } else if (above
                        && (PEOPLE_BOUND.contains(audiences.get(entry.getKey())) || expected.scope() == Scope.TASK)) {
                    if (status >= 200 && status < 300) {
                        wrong.put(cell, "answered " + status + ", a region above is not the object's team or agency");
                    }
                } else if (above && ownStatus.containsKey(persona.role())) {
                    // a region above reads what the own region reads (the jurisdiction covers the county), and no more
                    int own = ownStatus.get(persona.role());
                    if (isSuccess(status) != isSuccess(own)) {
                        wrong.put(cell, "answered " + status + ", the own region's " + persona.role() + " " + own);
                    }
                } else if (status == 401 || status == 403) {
                    wrong.put(cell, "answered " + status + ", the role is declared allowed");
                }
            }
            if (expected.scope() == Scope.PLAN) {
                cells += parentPlanCells(entry.getKey(), method, template, expected, wrong);
            }
        }
        System.out.println("ACCESS-MATRIX cells=" + cells + " parent-region=" + parentCells + " wrong=" + wrong.size());
        wrong.forEach((cell, why) -> System.out.println("ACCESS-MATRIX wrong: " + cell + " " + why));
        assertThat(wrong).isEmpty();
    }

    /**
     * The own county's users on the city's plan above it (split to their agency): they read its header, never act on
     * it (the draw preview included: it counts the other counties' candidates), never read the complete draw file
     * with the roster (the plan's own agency and the overseers of its region only), and never see the rows of another
     * county (the rows themselves are checked in ParentPlanJurisdictionTest).
     */
    private int parentPlanCells(
            String operation, String method, String template, Expectation expected, Map<String, String> wrong) {
        String path = template.replaceFirst("\\{[^}]+}", parentPlan).replaceAll("\\{[^}]+}", "1");
        int cells = 0;
        for (Persona persona : personas) {
            if (persona.relation() != Relation.OWN
                    || !EnumSet.of(Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR)
                            .contains(persona.role())) {
                continue;
            }
            boolean allowed = expected.roles().contains(persona.role());
            int status = call(persona.api(), method, path);
            cells++;
            String cell = operation + " as " + persona.name() + " on the parent plan";
            if (!"GET".equals(method) || !allowed || template.endsWith("/file")) {
                if (isSuccess(status)) {
                    wrong.put(cell, "answered " + status + ", expected a refusal");
                }
            } else if (status == 401 || status == 403) {
                wrong.put(cell, "answered " + status + ", the parent plan is readable below it");
            }
        }
        return cells;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** The OpenAPI description; its first generation can outlast a request's timeout on a busy machine. */
    private JsonNode apiDocs() {
        for (int attempt = 1; ; attempt++) {
            try {
                return Api.anonymous(port).get("/v3/api-docs").json();
            } catch (java.io.UncheckedIOException slow) {
                if (attempt == 3) {
                    throw slow;
                }
            }
        }
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }
        return operations;
    }

    private String concrete(String template, Scope scope) {
        String path = template;
        int first = path.indexOf('{');
        if (first >= 0 && scope != Scope.NONE) {
            int end = path.indexOf('}', first);
            path = path.substring(0, first) + objects.get(scope) + path.substring(end + 1);
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static int call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path).status();
            case "DELETE" -> api.delete(path).status();
            case "PUT" -> api.put(path, Map.of()).status();
            default -> api.post(path, Map.of()).status();
        };
    }

    private static Map<String, Object> planForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", 2027);
        form.put("title", "访问矩阵测试计划");
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

    /** {@code METHOD path, audience, scope} per line; {@code #} comments. */
    private static Map<String, Expectation> load() throws IOException {
        Map<String, Expectation> expectations = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AccessMatrixTest.class.getResourceAsStream("/security/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",");
                Audience audience = Audience.valueOf(parts[1].strip());
                expectations.put(
                        parts[0].strip(),
                        new Expectation(roles(audience), audience == Audience.PUBLIC, Scope.valueOf(parts[2].strip())));
            }
        }
        return expectations;
    }

    private static Map<String, Audience> loadAudiences() throws IOException {
        Map<String, Audience> audiences = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AccessMatrixTest.class.getResourceAsStream("/security/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(",");
                    audiences.put(parts[0].strip(), Audience.valueOf(parts[1].strip()));
                }
            }
        }
        return audiences;
    }

    private static Set<Role> roles(Audience audience) {
        return switch (audience) {
            case PUBLIC, ANY -> EnumSet.allOf(Role.class);
            case AGENCY -> EnumSet.of(Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR, Role.AUDITOR);
            case STAFF -> EnumSet.of(Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.INSPECTOR);
            case SUPERVISORS -> EnumSet.of(Role.PROVINCE_ADMIN, Role.SUPERVISOR);
            case ADMINS -> EnumSet.of(Role.PROVINCE_ADMIN);
            case TEAM -> EnumSet.of(Role.INSPECTOR);
            case ENTERPRISE -> EnumSet.of(Role.ENTERPRISE);
            case OVERSEERS -> EnumSet.of(Role.PROVINCE_ADMIN, Role.SUPERVISOR, Role.AUDITOR);
            case ADMINS_AUDITORS -> EnumSet.of(Role.PROVINCE_ADMIN, Role.AUDITOR);
            case TEAM_ENTERPRISE -> EnumSet.of(Role.INSPECTOR, Role.ENTERPRISE);
            case APPLICANT -> EnumSet.of(Role.ENTERPRISE);
            case ENFORCEMENT_OFFICERS -> EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR);
            case INSPECTION_ANY -> EnumSet.complementOf(EnumSet.of(Role.PROJECT_REVIEWER));
            case REVIEWERS -> EnumSet.of(Role.PROJECT_REVIEWER);
            case APPLICANT_REVIEWERS -> EnumSet.of(Role.ENTERPRISE, Role.PROJECT_REVIEWER);
            case APPROVAL_READERS ->
                EnumSet.of(Role.ENTERPRISE, Role.PROJECT_REVIEWER, Role.SUPERVISOR, Role.AUDITOR, Role.PROVINCE_ADMIN);
        };
    }
}
