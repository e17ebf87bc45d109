package cn.energyinspect.app.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh set of agencies on three tiers for one test, each with a supervisor signed in: 浙江 (province), 杭州, 宁波,
 * 温州 (cities), 西湖 and 余杭 (counties of 杭州), 海曙 (county of 宁波), and 南京 (a city of another province). Names are
 * unique per test, and users are bound to these agencies, not to whatever agency a region had before.
 */
final class Tiers {
    static final String ZHEJIANG = "330000";
    static final String HANGZHOU = "330100";
    static final String NINGBO = "330200";
    static final String WENZHOU = "330300";
    static final String XIHU = "330106";
    static final String YUHANG = "330110";
    static final String HAISHU = "330203";
    static final String NANJING = "320100";

    final Map<String, Long> agencyByRegion = new LinkedHashMap<>();
    final Map<String, Api> supervisorByRegion = new LinkedHashMap<>();
    private final int port;
    private final TestFixtures.Users users;
    private final JdbcTemplate jdbc;

    Tiers(int port, TestFixtures.Users users, AgencyMapper agencies, JdbcTemplate jdbc) {
        this.port = port;
        this.users = users;
        this.jdbc = jdbc;
        String tag = Long.toString(System.nanoTime(), 36);
        add(agencies, tag, ZHEJIANG, Agency.Tier.PROVINCE);
        for (String city : List.of(HANGZHOU, NINGBO, WENZHOU, NANJING)) {
            add(agencies, tag, city, Agency.Tier.CITY);
        }
        for (String county : List.of(XIHU, YUHANG, HAISHU)) {
            add(agencies, tag, county, Agency.Tier.COUNTY);
        }
    }

    private void add(AgencyMapper agencies, String tag, String region, Agency.Tier tier) {
        AgencyMapper.AgencyInsert insert = new AgencyMapper.AgencyInsert("计划测试" + region + "-" + tag, region, tier);
        agencies.insert(insert);
        agencyByRegion.put(region, insert.id);
        supervisorByRegion.put(region, user(Role.SUPERVISOR, region));
    }

    long agency(String region) {
        return agencyByRegion.get(region);
    }

    Api supervisor(String region) {
        return supervisorByRegion.get(region);
    }

    /** A new user of {@code role} working for this test's agency of {@code region}. */
    Api user(Role role, String region) {
        String username = users.create(role, region);
        jdbc.update("UPDATE app_user SET agency_id = ? WHERE username = ?", agencyByRegion.get(region), username);
        return Api.as(port, username);
    }

    /** The body of a successful (200/201) response; fails the test with the body otherwise. */
    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    /** The id of the sub-plan of {@code agencyId} in a plan view. */
    static long childOf(JsonNode plan, long agencyId) {
        for (JsonNode child : plan.path("children")) {
            if (child.path("agencyId").asLong() == agencyId) {
                return child.path("id").asLong();
            }
        }
        throw new AssertionError("no sub-plan of agency " + agencyId + " in " + plan);
    }

    static Map<String, Object> child(long agencyId, int quota) {
        return Map.of("agencyId", agencyId, "quota", quota);
    }

    static Map<String, Object> split(List<Map<String, Object>> children) {
        return Map.of("children", children);
    }

    static Map<String, Object> plan(String title, int quota) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", 2027);
        form.put("title", title);
        form.put("inspectionType", "ON_SITE");
        form.put("checklistTemplateCode", "ON_SITE_GENERAL");
        form.put("industries", List.of("C30", "C3011", "D"));
        form.put("keyEnergyUnitsOnly", true);
        form.put("quota", quota);
        form.put("splitDue", "2027-02-28");
        form.put("drawDue", "2027-03-31");
        form.put("executionDue", "2027-10-31");
        form.put("summaryDue", "2027-12-15");
        return form;
    }
}
