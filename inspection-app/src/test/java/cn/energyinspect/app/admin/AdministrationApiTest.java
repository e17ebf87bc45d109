package cn.energyinspect.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administration through the API, as the pages do it: users and agencies of the administrator's own region only, an
 * inspector's 执法证 that stops it being offered for a team the day it expires, and the refusals with their problem
 * types and fields. Regions of 江西 (36), which no other test uses.
 */
@IntegrationTest
class AdministrationApiTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    CaseWorld worlds;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_city_administrator_adding_a_user_in_another_city_is_answered_not_found() {
        long nanchang = agency("南昌市节能监察支队", "360100", Agency.Tier.CITY);
        long jingdezhen = agency("景德镇市节能监察支队", "360200", Agency.Tier.CITY);
        Api cityAdmin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360100"));

        Api.Response otherAgency =
                cityAdmin.post("/api/v1/admin/users", user("jdz-" + n(), Role.INSPECTOR, jingdezhen));
        assertThat(otherAgency.status()).as(otherAgency.body()).isEqualTo(404);
        assertThat(otherAgency.problemType()).isEqualTo("urn:energyinspect:problem:not-found");
        Map<String, Object> elsewhere = user("jdz2-" + n(), Role.AUDITOR, null);
        elsewhere.put("regionCode", "360202");
        assertThat(cityAdmin.post("/api/v1/admin/users", elsewhere).status()).isEqualTo(404);

        String own = "nc-" + n();
        Api.Response created = cityAdmin.post("/api/v1/admin/users", user(own, Role.INSPECTOR, nanchang));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().get("location").getFirst()).endsWith("/api/v1/admin/users/" + own);
        JsonNode body = created.json();
        assertThat(body.path("user").path("regionCode").asText()).isEqualTo("360100");
        assertThat(body.path("user").path("agencyName").asText()).isEqualTo("南昌市节能监察支队");
        assertThat(body.path("temporaryPassword").asText()).hasSize(16);
        Api.Response duplicate = cityAdmin.post("/api/v1/admin/users", user(own, Role.INSPECTOR, nanchang));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemFields()).containsExactly("username");

        assertThat(cityAdmin.get("/api/v1/admin/users?q=" + own).json().path("items"))
                .hasSize(1);
        assertThat(cityAdmin.get("/api/v1/admin/users/" + own).status()).isEqualTo(200);
        List<String> actions = jdbc.queryForList(
                "SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = ?", String.class, own);
        assertThat(actions).containsExactly("USER_CREATED");
        assertThat(Api.as(port, users.create(Role.SUPERVISOR, "360100"))
                        .post("/api/v1/admin/users", user("x-" + n(), Role.INSPECTOR, nanchang))
                        .status())
                .as("only administrators")
                .isEqualTo(403);
    }

    @Test
    void a_certificate_valid_to_before_valid_from_is_refused_naming_the_field_and_a_number_twice_is_a_conflict() {
        long agency = agency("南昌市东湖区节能监察大队", "360102", Agency.Tier.COUNTY);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"));
        String inspector = "dh-" + n();
        assertThat(admin.post("/api/v1/admin/users", user(inspector, Role.INSPECTOR, agency))
                        .status())
                .isEqualTo(201);
        String path = "/api/v1/admin/users/" + inspector + "/credentials";

        Api.Response backwards = admin.post(path, credential("赣" + n(), "2026-06-01", "2026-05-31"));
        assertThat(backwards.status()).as(backwards.body()).isEqualTo(422);
        assertThat(backwards.problemType()).isEqualTo("urn:energyinspect:problem:validation-failed");
        assertThat(backwards.problemFields()).containsExactly("validTo");

        String number = "赣执" + n();
        assertThat(admin.post(path, credential(number, "2026-01-01", "2028-12-31"))
                        .status())
                .isEqualTo(200);
        String other = "dh2-" + n();
        admin.post("/api/v1/admin/users", user(other, Role.INSPECTOR, agency));
        Api.Response twice = admin.post(
                "/api/v1/admin/users/" + other + "/credentials", credential(number, "2026-01-01", "2027-01-01"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("urn:energyinspect:problem:duplicate");
        assertThat(twice.problemFields()).containsExactly("certificateNo");

        JsonNode record = admin.get(path).json();
        assertThat(record.path("credentials")).hasSize(1);
        assertThat(record.path("user").path("certificateNo").asText())
                .as("the card documents print follows the certificate")
                .isEqualTo(number);
    }

    @Test
    void an_inspector_added_with_a_certificate_is_offered_for_a_team_until_the_certificate_expires() {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        CaseWorld.World world = worlds.create("360103");
        CaseSteps steps = new CaseSteps(port, world);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"));
        String inspector = "xh-" + n();
        Map<String, Object> form = user(inspector, Role.INSPECTOR, world.agencyId());
        form.put("displayName", "周新证");
        assertThat(admin.post("/api/v1/admin/users", form).status()).isEqualTo(201);
        assertThat(admin.post(
                                "/api/v1/admin/users/" + inspector + "/credentials",
                                credential("赣西" + n(), "2026-01-01", "2026-06-30"))
                        .status())
                .isEqualTo(200);
        steps.open("MANUAL");

        assertThat(offered(steps, "2026-06-30")).contains(inspector);
        assertThat(offered(steps, "2026-07-01")).doesNotContain(inspector);
        clock.set(Instant.parse("2026-07-01T01:00:00Z"));
        steps.signIn(); // a month later the morning's tokens have expired
        assertThat(offered(steps, null))
                .as("the day after its last valid day, with nothing run in between")
                .doesNotContain(inspector)
                .contains(world.inspector1());
        Api.Response team = steps.supervisor.post(
                "/api/v1/tasks/" + steps.task(steps.supervisor, "Task_AssignTeam") + "/complete",
                Map.of("inspectors", List.of(world.inspector1(), inspector), "visitDate", "2026-07-06"));
        assertThat(team.status()).as(team.body()).isEqualTo(422);
        assertThat(team.body()).contains("周新证").contains("已过期");

        JsonNode expiring = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"))
                .get("/api/v1/admin/credentials/expiring?withinDays=30&includeExpired=true")
                .json();
        assertThat(expiring.findValuesAsText("username")).contains(inspector);
    }

    @Test
    void a_suspended_certificate_counts_as_none_and_an_agency_is_created_with_its_code_once_per_region() {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"));
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("name", "九江市节能监察支队" + n());
        agency.put("regionCode", "360400");
        agency.put("abbreviation", "浔节监");
        agency.put("phone", "0792-8000000");
        agency.put("sealText", "九江市节能监察支队");
        Api.Response created = admin.post("/api/v1/admin/agencies", agency);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode node = created.json();
        assertThat(node.path("code").asText()).isEqualTo("浔节监");
        assertThat(node.path("tier").asText()).isEqualTo("CITY");
        Map<String, Object> again = new LinkedHashMap<>(agency);
        again.put("name", "另一个九江机构" + n());
        assertThat(admin.post("/api/v1/admin/agencies", again).status()).isEqualTo(409);
        Map<String, Object> stale = new LinkedHashMap<>(agency);
        stale.put("version", node.path("version").asInt() + 1);
        assertThat(admin.put("/api/v1/admin/agencies/" + node.path("id").asLong(), stale)
                        .status())
                .isEqualTo(409);
        JsonNode tree = admin.get("/api/v1/admin/agencies").json();
        assertThat(tree.findValuesAsText("regionCode")).contains("360400");
        Map<String, Object> outside = new LinkedHashMap<>(agency);
        outside.put("regionCode", "450300");
        outside.put("name", "桂林" + n());
        assertThat(admin.post("/api/v1/admin/agencies", outside).status()).isEqualTo(404);
    }

    @Test
    void a_roster_is_imported_from_excel_with_a_report_per_row() throws Exception {
        long agency = agency("萍乡市安源区节能监察大队" + n(), "360302", Agency.Tier.COUNTY);
        String agencyName = jdbc.queryForObject("SELECT name FROM agency WHERE id = ?", String.class, agency);
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "360000"));
        String a = "ay-" + n();
        String b = "ay-" + n();
        String number = "赣萍" + n();
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("登录名", "姓名", "所属机构", "手机号", "执法证号", "发证机关", "有效期起", "有效期止"));
        rows.add(List.of(a, "吴安源", agencyName, "13800000000", number, "江西省人民政府", "2026-01-01", "2028-12-31"));
        rows.add(List.of(b, "郑安源", agencyName, "", number, "江西省人民政府", "2026-01-01", "2025-12-31"));
        for (int i = 0; i < rows.size(); i++) {
            Workbooks.fill(sheet.createRow(i), rows.get(i));
        }
        byte[] xlsx = Workbooks.toBytes(workbook);

        Api.Response all = admin.upload("/api/v1/admin/credentials/import?mode=all", "名录.xlsx", xlsx);
        assertThat(all.status()).isEqualTo(422);
        Api.Response report = admin.upload("/api/v1/admin/credentials/import?mode=validOnly", "名录.xlsx", xlsx);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.path("rows").asInt()).isEqualTo(2);
        assertThat(body.path("imported").asInt()).isEqualTo(1);
        List<String> problems = new ArrayList<>();
        body.path("errors")
                .forEach(e -> problems.add(
                        e.path("row").asInt() + ":" + e.path("field").asText()));
        assertThat(problems).containsExactlyInAnyOrder("3:certificateNo", "3:validTo");
        assertThat(admin.get("/api/v1/admin/users/" + a + "/credentials")
                        .json()
                        .path("credentials")
                        .get(0)
                        .path("certificateNo")
                        .asText())
                .isEqualTo(number);
        assertThat(admin.get("/api/v1/admin/users/" + b).status()).isEqualTo(404);
    }

    private List<String> offered(CaseSteps steps, String date) {
        String query = date == null ? "" : "?date=" + date;
        return steps.supervisor
                .get("/api/v1/cases/" + steps.caseId + "/eligible-inspectors" + query)
                .json()
                .findValuesAsText("username");
    }

    private long agency(String name, String region, Agency.Tier tier) {
        var existing = agencies.findByRegion(region);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var insert = new AgencyMapper.AgencyInsert(name, region, tier);
        agencies.insert(insert);
        return insert.id;
    }

    private static Map<String, Object> user(String username, Role role, Long agencyId) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "测试" + username);
        form.put("role", role.name());
        form.put("agencyId", agencyId);
        return form;
    }

    private static Map<String, Object> credential(String number, String from, String to) {
        return Map.of("certificateNo", number, "issuingAuthority", "江西省人民政府", "validFrom", from, "validTo", to);
    }

    private static String n() {
        return SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36);
    }
}
