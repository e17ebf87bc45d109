package cn.energyinspect.app.campaign.drawing;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserMapper;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An agency of its own for one draw test, in a region no other test uses (counties of 南宁, 广西), with a signed-in
 * supervisor, certified inspectors and key energy-using enterprises of one industry (造纸 C2221), so the pool of a plan
 * over that region is exactly what the test registered.
 */
public final class DrawWorld {
    public static final String INDUSTRY = "C2221";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final String region;
    public final long agencyId;
    public final Api supervisor;
    public final String supervisorName;
    public final List<String> inspectors = new ArrayList<>();
    public final List<String> enterprises = new ArrayList<>();
    private final int port;
    private final String tag;
    private final String hash;
    private final UserMapper users;
    private final EnterpriseMapper register;
    private final JdbcTemplate jdbc;

    DrawWorld(
            int port,
            String region,
            Agency.Tier tier,
            AgencyMapper agencies,
            UserMapper users,
            EnterpriseMapper register,
            PasswordEncoder encoder,
            JdbcTemplate jdbc) {
        this.port = port;
        this.region = region;
        this.users = users;
        this.register = register;
        this.jdbc = jdbc;
        this.tag = region + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        this.hash = encoder.encode(TestFixtures.PASSWORD);
        var agency = new AgencyMapper.AgencyInsert("抽取测试" + tag, region, tier);
        agencies.insert(agency);
        this.agencyId = agency.id;
        this.supervisorName = user("sup", Role.SUPERVISOR, null, null);
        this.supervisor = Api.as(port, supervisorName);
    }

    /** {@code n} inspectors with a 执法证 valid until 2030. */
    public DrawWorld withInspectors(int n) {
        for (int i = 0; i < n; i++) {
            inspectors.add(user("insp" + i, Role.INSPECTOR, "证" + tag + "-" + i, LocalDate.of(2030, 12, 31)));
        }
        return this;
    }

    /** {@code n} key energy-using enterprises of {@link #INDUSTRY} in the world's region (or its first county). */
    public DrawWorld withEnterprises(int n, String county) {
        for (int i = 0; i < n; i++) {
            EnterpriseForm form = anEnterprise()
                    .inRegion(county)
                    .inIndustry(INDUSTRY)
                    .named("抽取测试造纸" + tag + "-" + i + "有限公司")
                    .build();
            register.insert(form, true);
            enterprises.add(form.uscc());
        }
        return this;
    }

    public void declareConflict(String inspector, String uscc) {
        jdbc.update(
                "INSERT INTO user_conflict (user_id, enterprise_uscc, reason) SELECT id, ?, '亲属在该企业任职' FROM app_user WHERE username = ?",
                uscc,
                inspector);
    }

    public Api as(String username) {
        return Api.as(port, username);
    }

    /** Another user of this agency. */
    public Api user(Role role) {
        return Api.as(port, user("other", role, null, null));
    }

    /** A plan of the world's agency over its region with {@code quota} to draw; published unless told otherwise. */
    public long newPlan(int quota, boolean publish) {
        long id = ok(supervisor.post("/api/v1/campaigns", plan("抽取测试计划 " + tag, quota)))
                .path("id")
                .asLong();
        if (publish) {
            ok(supervisor.post("/api/v1/campaigns/" + id + "/publish", Map.of()));
        }
        return id;
    }

    public static Map<String, Object> plan(String title, int quota) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", 2027);
        form.put("title", title);
        form.put("inspectionType", "ON_SITE");
        form.put("checklistTemplateCode", "ON_SITE_GENERAL");
        form.put("industries", List.of(INDUSTRY));
        form.put("keyEnergyUnitsOnly", true);
        form.put("quota", quota);
        form.put("splitDue", "2027-02-26");
        form.put("drawDue", "2027-03-31");
        form.put("executionDue", "2027-10-29");
        form.put("summaryDue", "2027-12-15");
        return form;
    }

    public static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        return response.json();
    }

    private String user(String prefix, Role role, String certificate, LocalDate expires) {
        String username = prefix + "-" + tag + "-" + SEQUENCE.incrementAndGet();
        users.insert(UserAccount.create(
                username, hash, "测试" + prefix + SEQUENCE.get(), role, region, agencyId, null, certificate, expires));
        return username;
    }
}
