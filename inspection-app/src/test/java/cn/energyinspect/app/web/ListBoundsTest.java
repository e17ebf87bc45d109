package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No request makes unbounded work: every count, page size and page offset has a ceiling, and a value past it is a 422
 * naming the parameter, never a 500 from SQL or megabytes of answer.
 */
@IntegrationTest
class ListBoundsTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CaseWorld worlds;

    Api supervisor;
    Api enterprise;

    @BeforeEach
    void signIn() {
        supervisor = Api.as(port, users.create(Role.SUPERVISOR, "330106"));
        enterprise = Api.as(port, worlds.create("330106").enterpriseUser());
    }

    @ParameterizedTest
    @CsvSource({
        "naturalDays=1000000&rollToWorkingDay=false, naturalDays",
        "naturalDays=3661&rollToWorkingDay=false, naturalDays",
        "workingDays=100000, workingDays",
        "workingDays=-1, workingDays"
    })
    void a_deadline_counts_at_most_ten_years_of_days(String count, String field) {
        Api.Response response = enterprise.get("/api/v1/calendar/deadline?from=2026-01-05&" + count);

        assertInvalid(response, field);
        assertThat(response.body().length()).isLessThan(2_000);
    }

    @Test
    void a_deadline_from_a_year_past_9999_is_refused_not_overflowed() {
        assertInvalid(
                enterprise.get("/api/v1/calendar/deadline?from=+999999999-12-31&naturalDays=5&rollToWorkingDay=false"),
                "from");
    }

    @Test
    void ten_years_of_natural_days_are_still_answered() {
        Api.Response response =
                enterprise.get("/api/v1/calendar/deadline?from=2026-01-05&naturalDays=3660&rollToWorkingDay=false");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("countedDays").size()).isEqualTo(3660);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/cases?page=2147483647&size=20, page",
        "/api/v1/cases?page=50001&size=20, page",
        "/api/v1/enterprises?page=2147483647&size=100, page",
        "/api/v1/tasks?page=2147483647&size=200, page",
        "/api/v1/tasks?size=201, size",
        "/api/v1/tasks?page=-1, page",
        "/api/v1/cases?size=0, size",
        "/api/v1/cases?from=2026-02-01&to=2026-01-01, to"
    })
    void a_page_past_the_bounds_is_a_422_naming_the_parameter(String path, String field) {
        assertInvalid(supervisor.get(path), field);
    }

    @Test
    void the_enterprise_portal_and_the_public_lists_are_bounded_too() {
        assertInvalid(enterprise.get("/api/v1/portal/cases?page=2147483647&size=20"), "page");
        assertInvalid(Api.anonymous(port).get("/api/v1/public/campaigns?page=2147483647&size=100"), "page");
    }

    @Test
    void the_deepest_allowed_page_is_answered_empty() {
        Api.Response response = supervisor.get("/api/v1/cases?page=" + Paging.MAX_OFFSET / 100 + "&size=100");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("items").size()).isZero();
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemFields()).contains(field);
    }
}
