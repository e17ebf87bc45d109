package cn.energyinspect.app.enterprise;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees which enterprise: a province sees its province, a city its city, a county its county, an enterprise user
 * only itself; everything else answers 404 as if it did not exist — for read, list and update alike.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseJurisdictionTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    /** Enterprises by label: own county (twice), same city other county, other city, other province. */
    final Map<String, String> usccByLabel = new LinkedHashMap<>();

    final Map<String, String> usernameByViewer = new LinkedHashMap<>();
    String marker;

    @BeforeAll
    void registerEnterprisesAndViewers() {
        marker = "辖区" + System.nanoTime();
        Api root = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api jiangsu = Api.as(port, users.create(Role.PROVINCE_ADMIN, "320000"));
        register(root, "xihu-own", "330106");
        register(root, "xihu-other", "330106");
        register(root, "yuhang", "330110");
        register(root, "ningbo", "330203");
        register(jiangsu, "nanjing", "320102");
        usernameByViewer.put("province", users.create(Role.PROVINCE_ADMIN, "330000"));
        usernameByViewer.put("city", users.create(Role.SUPERVISOR, "330100"));
        usernameByViewer.put("county", users.create(Role.SUPERVISOR, "330106"));
        usernameByViewer.put("enterprise", users.enterpriseUser(usccByLabel.get("xihu-own"), "330106"));
    }

    static Stream<Arguments> visibility() {
        return Stream.of(
                Arguments.of("province", Set.of("xihu-own", "xihu-other", "yuhang", "ningbo")),
                Arguments.of("city", Set.of("xihu-own", "xihu-other", "yuhang")),
                Arguments.of("county", Set.of("xihu-own", "xihu-other")),
                Arguments.of("enterprise", Set.of("xihu-own")));
    }

    @ParameterizedTest(name = "{0} reads exactly {1}")
    @MethodSource("visibility")
    void read_answers_404_outside_the_jurisdiction(String viewer, Set<String> visible) {
        Api api = Api.as(port, usernameByViewer.get(viewer));
        for (var enterprise : usccByLabel.entrySet()) {
            int status = api.get("/api/v1/enterprises/" + enterprise.getValue()).status();
            assertThat(status)
                    .as("%s reading %s", viewer, enterprise.getKey())
                    .isEqualTo(visible.contains(enterprise.getKey()) ? 200 : 404);
        }
    }

    @ParameterizedTest(name = "{0} lists exactly {1}")
    @MethodSource("visibility")
    void list_shows_only_the_jurisdiction(String viewer, Set<String> visible) {
        Api api = Api.as(port, usernameByViewer.get(viewer));

        JsonNode page = api.get("/api/v1/enterprises?size=100&nameContains="
                        + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json();

        Set<String> listed = new TreeSet<>();
        page.path("items").forEach(item -> listed.add(labelOf(item.path("uscc").asText())));
        assertThat(listed).isEqualTo(new TreeSet<>(visible));
    }

    @ParameterizedTest(name = "a {0} filtering on another city still sees only its own")
    @MethodSource("visibility")
    void a_region_filter_cannot_widen_the_jurisdiction(String viewer, Set<String> visible) {
        Api api = Api.as(port, usernameByViewer.get(viewer));

        JsonNode page = api.get("/api/v1/enterprises?size=100&regionCode=320000&nameContains="
                        + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json();

        assertThat(page.path("totalItems").asLong()).isZero();
    }

    static Stream<Arguments> updates() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Set<String>> visible = new LinkedHashMap<>();
        visibility().forEach(a -> visible.put((String) a.get()[0], (Set<String>) a.get()[1]));
        for (String viewer : visible.keySet()) {
            for (String target : List.of("xihu-own", "yuhang", "ningbo", "nanjing")) {
                int expected = !visible.get(viewer).contains(target) ? 404 : viewer.equals("enterprise") ? 403 : 200;
                cases.add(Arguments.of(viewer, target, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} updating {1} → {2}")
    @MethodSource("updates")
    void update_is_refused_outside_the_jurisdiction(String viewer, String target, int expected) {
        Api api = Api.as(port, usernameByViewer.get(viewer));
        String uscc = usccByLabel.get(target);
        Map<String, Object> before = row(uscc);

        Api.Response response = api.put(
                "/api/v1/enterprises/" + uscc,
                anEnterprise()
                        .withUscc(uscc)
                        .named(marker + target + "-" + viewer)
                        .inRegion((String) before.get("region_code"))
                        .version((Integer) before.get("version"))
                        .build());

        assertThat(response.status()).isEqualTo(expected);
        if (expected != 200) {
            assertThat(row(uscc)).isEqualTo(before);
        } else {
            assertThat(row(uscc).get("version")).isEqualTo((Integer) before.get("version") + 1);
        }
    }

    private void register(Api api, String label, String region) {
        var form =
                anEnterprise().inRegion(region).named(marker + label + "有限公司").build();
        Api.Response response = api.post("/api/v1/enterprises", form);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        usccByLabel.put(label, form.uscc());
    }

    private String labelOf(String uscc) {
        return usccByLabel.entrySet().stream()
                .filter(e -> e.getValue().equals(uscc))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("unexpected:" + uscc);
    }

    private Map<String, Object> row(String uscc) {
        return jdbc.queryForMap("SELECT name, region_code, version, updated_at FROM enterprise WHERE uscc = ?", uscc);
    }
}
