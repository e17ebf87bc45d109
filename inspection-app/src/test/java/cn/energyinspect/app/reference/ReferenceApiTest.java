package cn.energyinspect.app.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ReferenceApiTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    Api api;

    @BeforeEach
    void signIn() {
        api = Api.as(port, users.create(Role.ENTERPRISE, "330106"));
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "91350100M000100Y43, true, 350100",
        "91350100M000100Y44, false, ",
        "91350100M0001O0Y43, false, ",
        "91350100M000100Y4, false, "
    })
    void uscc_check_follows_gb_32100(String code, boolean valid, String region) {
        JsonNode body = api.get("/api/v1/reference/uscc/" + code).json();

        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("valid").asBoolean()).isEqualTo(valid);
        assertThat(body.path("errors").isEmpty()).isEqualTo(valid);
        if (valid) {
            assertThat(body.path("regionCode").asText()).isEqualTo(region);
        }
    }

    @Test
    void a_county_comes_with_its_province_and_city() {
        JsonNode body = api.get("/api/v1/reference/regions/130203").json();

        assertThat(body.path("name").asText()).isEqualTo("路北区");
        assertThat(body.path("level").asText()).isEqualTo("COUNTY");
        assertThat(body.path("parents").findValuesAsText("code")).containsExactly("130000", "130200");
        assertThat(body.path("parents").findValuesAsText("name")).containsExactly("河北省", "唐山市");
    }

    @Test
    void an_unknown_region_is_a_404() {
        Api.Response response = api.get("/api/v1/reference/regions/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("urn:energyinspect:problem:not-found");
    }

    @Test
    void seven_working_days_after_30_september_2026_skip_the_national_day_holiday() {
        JsonNode body = api.get("/api/v1/calendar/deadline?from=2026-09-30&workingDays=7")
                .json();

        assertThat(body.path("deadline").asText()).isEqualTo("2026-10-15");
        List<String> counted = new ArrayList<>();
        body.path("countedDays").forEach(d -> counted.add(d.asText()));
        assertThat(counted)
                .containsExactly(
                        "2026-10-08",
                        "2026-10-09",
                        "2026-10-10",
                        "2026-10-12",
                        "2026-10-13",
                        "2026-10-14",
                        "2026-10-15");
    }

    @Test
    void natural_days_are_counted_too() {
        JsonNode body = api.get("/api/v1/calendar/deadline?from=2026-06-01&naturalDays=5")
                .json();

        assertThat(body.path("deadline").asText()).isEqualTo("2026-06-08");
    }

    @Test
    void a_deadline_in_a_year_not_entered_is_counted_over_weekends_and_says_so() {
        // Fri 2030-03-01: Mon 03-04 .. Fri 03-08, no holiday of 2030 known
        JsonNode body = api.get("/api/v1/calendar/deadline?from=2030-03-01&workingDays=5")
                .json();

        assertThat(body.path("deadline").asText()).isEqualTo("2030-03-08");
        assertThat(body.path("provisional").asBoolean()).isTrue();
        assertThat(body.path("provisionalYears").toString()).isEqualTo("[2030]");
        assertThat(body.path("note").asText()).startsWith("暂按周末计算").contains("2030年");
        assertThat(body.path("basis").findValuesAsText("clause")).contains("暂按周末计算");
    }

    @Test
    void a_deadline_inside_the_loaded_years_is_not_provisional() {
        JsonNode body = api.get("/api/v1/calendar/deadline?from=2026-09-30&workingDays=7")
                .json();

        assertThat(body.path("provisional").asBoolean()).isFalse();
        assertThat(body.path("provisionalYears")).isEmpty();
        assertThat(body.path("note").isNull()).isTrue();
    }

    @Test
    void bad_deadline_parameters_are_named() {
        Api.Response response = api.get("/api/v1/calendar/deadline?from=30-09-2026");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactlyInAnyOrder("from", "workingDays");
    }
}
