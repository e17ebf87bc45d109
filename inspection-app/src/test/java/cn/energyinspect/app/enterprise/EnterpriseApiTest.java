package cn.energyinspect.app.enterprise;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class EnterpriseApiTest {
    private static final String VALIDATION = "urn:energyinspect:problem:validation-failed";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    Api supervisor;

    @BeforeEach
    void signIn() {
        supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330100"));
    }

    @Test
    void a_supervisor_registers_reads_and_updates_an_enterprise() {
        EnterpriseForm form =
                anEnterprise().inRegion("330106").consuming("12000").build();

        Api.Response created = supervisor.post("/api/v1/enterprises", form);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().get("location")).containsExactly("/api/v1/enterprises/" + form.uscc());
        JsonNode body = created.json();
        assertThat(body.path("regionName").asText()).isEqualTo("西湖区");
        assertThat(body.path("keyEnergyUnit").asBoolean())
                .as("12,000 tce is a key unit by law")
                .isTrue();
        assertThat(body.path("version").asInt()).isZero();

        Api.Response updated = supervisor.put(
                "/api/v1/enterprises/" + form.uscc(),
                anEnterprise()
                        .withUscc(form.uscc())
                        .named("改名后的企业有限公司")
                        .inRegion("330110")
                        .consuming("12000")
                        .version(0)
                        .build());

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("name").asText()).isEqualTo("改名后的企业有限公司");
        assertThat(updated.json().path("regionCode").asText()).isEqualTo("330110");
        assertThat(updated.json().path("version").asInt()).isEqualTo(1);
        assertThat(supervisor
                        .get("/api/v1/enterprises/" + form.uscc())
                        .json()
                        .path("version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void malformed_json_is_a_400_and_stores_nothing() {
        long before = count();

        Api.Response response = supervisor.postRaw("/api/v1/enterprises", "{\"uscc\": \"9133");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:malformed-request");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_value_of_the_wrong_type_names_its_field() {
        Api.Response response =
                supervisor.postRaw("/api/v1/enterprises", "{\"uscc\":\"x\",\"annualEnergyTce\":\"很多\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactly("annualEnergyTce");
    }

    @Test
    void invalid_check_character_is_a_422_naming_uscc_and_stores_nothing() {
        String valid = anEnterprise().build().uscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        long before = count();

        Api.Response response = supervisor.post(
                "/api/v1/enterprises",
                anEnterprise().withUscc(valid.substring(0, 17) + wrong).build());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo(VALIDATION);
        assertThat(response.problemFields()).containsExactly("uscc");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("校验码");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknown_region_is_a_422_naming_regionCode() {
        long before = count();

        Api.Response response = supervisor.post(
                "/api/v1/enterprises", anEnterprise().inRegion("339999").build());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactly("regionCode");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_city_is_not_a_county_level_region() {
        Api.Response response = supervisor.post(
                "/api/v1/enterprises", anEnterprise().inRegion("330100").build());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactly("regionCode");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("县级");
    }

    @Test
    void every_missing_required_field_is_named_at_once() {
        long before = count();

        Api.Response response = supervisor.post("/api/v1/enterprises", Map.of("address", "只有地址"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactlyInAnyOrder("uscc", "name", "regionCode", "industryCode");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_duplicate_code_is_a_409_and_the_first_registration_stays() {
        EnterpriseForm first = anEnterprise().named("先登记的企业有限公司").build();
        assertThat(supervisor.post("/api/v1/enterprises", first).status()).isEqualTo(201);
        long before = count();

        Api.Response response = supervisor.post(
                "/api/v1/enterprises",
                anEnterprise().withUscc(first.uscc()).named("后来的企业有限公司").build());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:duplicate");
        assertThat(count()).isEqualTo(before);
        assertThat(nameOf(first.uscc())).isEqualTo("先登记的企业有限公司");
    }

    @Test
    void a_stale_version_is_a_409_and_changes_nothing() {
        EnterpriseForm form = anEnterprise().named("原名有限公司").build();
        supervisor.post("/api/v1/enterprises", form);
        supervisor.put(
                "/api/v1/enterprises/" + form.uscc(),
                anEnterprise()
                        .withUscc(form.uscc())
                        .named("第一次修改有限公司")
                        .version(0)
                        .build());

        Api.Response stale = supervisor.put(
                "/api/v1/enterprises/" + form.uscc(),
                anEnterprise()
                        .withUscc(form.uscc())
                        .named("过期的修改有限公司")
                        .version(0)
                        .build());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("urn:energyinspect:problem:stale-version");
        assertThat(nameOf(form.uscc())).isEqualTo("第一次修改有限公司");
    }

    @Test
    void a_key_unit_by_law_cannot_be_flagged_otherwise() {
        Api.Response response = supervisor.post(
                "/api/v1/enterprises",
                anEnterprise().consuming("15000").keyEnergyUnit(false).build());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactly("keyEnergyUnit");
    }

    @Test
    void unauthenticated_calls_get_401_problem_details() {
        long before = count();

        Api.Response read = Api.anonymous(port).get("/api/v1/enterprises");
        Api.Response write =
                Api.anonymous(port).post("/api/v1/enterprises", anEnterprise().build());

        assertThat(read.status()).isEqualTo(401);
        assertThat(read.problemType()).isEqualTo("urn:energyinspect:problem:unauthenticated");
        assertThat(write.status()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_inspector_may_read_but_not_register() {
        Api inspector = Api.as(port, users.create(Role.INSPECTOR, "330106"));
        long before = count();

        Api.Response response =
                inspector.post("/api/v1/enterprises", anEnterprise().build());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:forbidden");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void list_filters_by_industry_key_unit_and_name_and_pages() {
        String marker = "筛选" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            supervisor.post(
                    "/api/v1/enterprises",
                    anEnterprise()
                            .named(marker + "水泥" + i + "有限公司")
                            .inIndustry("C3011")
                            .consuming("20000")
                            .build());
        }
        supervisor.post(
                "/api/v1/enterprises",
                anEnterprise()
                        .named(marker + "纸业有限公司")
                        .inIndustry("C2221")
                        .consuming("100")
                        .build());

        JsonNode cement = supervisor
                .get("/api/v1/enterprises?industry=C30&keyEnergyUnit=true&size=2&nameContains="
                        + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8))
                .json();

        assertThat(cement.path("totalItems").asLong()).isEqualTo(3);
        assertThat(cement.path("totalPages").asLong()).isEqualTo(2);
        assertThat(cement.path("items")).hasSize(2);
        List<String> industries = cement.path("items").findValuesAsText("industryCode");
        assertThat(industries).containsOnly("C3011");
    }

    @Test
    void a_bad_filter_is_a_422_naming_it() {
        Api.Response response = supervisor.get("/api/v1/enterprises?size=1000&regionCode=33");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactlyInAnyOrder("size", "regionCode");
    }

    @Test
    void like_wildcards_in_a_name_filter_match_literally() {
        JsonNode result =
                supervisor.get("/api/v1/enterprises?nameContains=%25%25%25").json();

        assertThat(result.path("totalItems").asLong()).isZero();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class);
    }

    private String nameOf(String uscc) {
        return jdbc.queryForObject("SELECT name FROM enterprise WHERE uscc = ?", String.class, uscc);
    }
}
