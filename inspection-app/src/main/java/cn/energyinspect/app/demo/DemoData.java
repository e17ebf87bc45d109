package cn.energyinspect.app.demo;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserMapper;
import cn.energyinspect.app.time.BusinessTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the default run: 浙江省 with its real cities and counties, an inspection agency for the province and
 * for every city and county, about 200 enterprises with valid 统一社会信用代码 across industries and counties, and the
 * demo users of {@link DemoUsers}. Loaded once (skipped when the users exist) in a runner, which completes before the
 * application is ready, so Camunda's job executor is never held up by it.
 */
@Component
@ConditionalOnProperty(name = "energyinspect.demo-data.enabled", havingValue = "true")
@org.springframework.core.annotation.Order(0)
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PROVINCE = "330000";
    static final String DEMO_ENTERPRISE_USCC = DemoEnterprises.uscc("330106", 0);

    private final RegionMapper regions;
    private final AgencyMapper agencies;
    private final UserMapper users;
    private final EnterpriseMapper enterprises;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final SearchOutbox search;
    private final BusinessTime time;

    DemoData(
            RegionMapper regions,
            AgencyMapper agencies,
            UserMapper users,
            EnterpriseMapper enterprises,
            PasswordEncoder encoder,
            TransactionTemplate transaction,
            SearchOutbox search,
            BusinessTime time) {
        this.regions = regions;
        this.agencies = agencies;
        this.users = users;
        this.enterprises = enterprises;
        this.encoder = encoder;
        this.transaction = transaction;
        this.search = search;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin").isPresent()) {
            log.info("D-DEMO-PRESENT demo data already loaded");
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        long started = System.nanoTime();
        Map<String, Long> agencyByRegion = createAgencies();
        List<RegionRow> counties = regions.findWithin("33", "COUNTY");
        List<EnterpriseForm> generated = DemoEnterprises.generate(counties, 200);
        for (EnterpriseForm enterprise : generated) {
            enterprises.insert(enterprise, Boolean.TRUE.equals(enterprise.keyEnergyUnit()));
            search.enterpriseChanged(enterprise.uscc());
        }
        createUsers(agencyByRegion);
        nameAgencies(agencyByRegion);
        log.info(
                "D-DEMO-LOADED agencies={} enterprises={} users={} in {} ms",
                agencyByRegion.size(),
                generated.size(),
                DemoUsers.USERNAMES.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, Long> createAgencies() {
        Map<String, Long> ids = new HashMap<>();
        RegionRow province =
                regions.find(PROVINCE).orElseThrow(() -> new IllegalStateException("region 330000 missing"));
        ids.put(PROVINCE, insertAgency(province.name() + "节能监察中心", PROVINCE, Agency.Tier.PROVINCE));
        Map<String, String> cityNames = new HashMap<>();
        for (RegionRow city : regions.findWithin("33", "CITY")) {
            cityNames.put(city.code(), city.name());
            ids.put(city.code(), insertAgency(city.name() + "节能监察中心", city.code(), Agency.Tier.CITY));
        }
        for (RegionRow county : regions.findWithin("33", "COUNTY")) {
            String city = cityNames.getOrDefault(county.parentCode(), "");
            ids.put(county.code(), insertAgency(city + county.name() + "节能监察大队", county.code(), Agency.Tier.COUNTY));
        }
        return ids;
    }

    /** 代字 and telephone of the agencies the demo users belong to, as a real agency would set them. */
    private void nameAgencies(Map<String, Long> agency) {
        agencies.setAbbreviation(agency.get(PROVINCE), "浙节监");
        agencies.setAbbreviation(agency.get("330100"), "杭节监");
        agencies.setAbbreviation(agency.get("330106"), "杭西节监");
        agencies.setAbbreviation(agency.get("330200"), "甬节监");
        agencies.setAbbreviation(agency.get("330203"), "甬海节监");
        agencies.setPhone(agency.get(PROVINCE), "0571-87050000");
        agencies.setPhone(agency.get("330100"), "0571-85250000");
        agencies.setPhone(agency.get("330106"), "0571-87960000");
    }

    private long insertAgency(String name, String region, Agency.Tier tier) {
        AgencyMapper.AgencyInsert agency = new AgencyMapper.AgencyInsert(name, region, tier);
        agencies.insert(agency);
        return agency.id;
    }

    private void createUsers(Map<String, Long> agency) {
        String hash = encoder.encode(DemoUsers.PASSWORD);
        LocalDate certificateValidUntil = time.today().plusYears(3);
        users.insert(user("admin", hash, "省中心管理员", Role.PROVINCE_ADMIN, PROVINCE, agency, null, null));
        users.insert(user("auditor", hash, "省中心审计员", Role.AUDITOR, PROVINCE, agency, null, null));
        users.insert(user("city-supervisor", hash, "杭州市科长", Role.SUPERVISOR, "330100", agency, null, null));
        users.insert(user("supervisor", hash, "西湖区科长", Role.SUPERVISOR, "330106", agency, null, null));
        users.insert(user(
                "inspector1", hash, "张监察", Role.INSPECTOR, "330106", agency, "浙节监3301060001", certificateValidUntil));
        users.insert(user(
                "inspector2", hash, "李监察", Role.INSPECTOR, "330106", agency, "浙节监3301060002", certificateValidUntil));
        users.insert(user(
                "inspector-nb", hash, "王监察", Role.INSPECTOR, "330203", agency, "浙节监3302030001", certificateValidUntil));
        users.insert(UserAccount.create(
                "enterprise", hash, "示范企业联系人", Role.ENTERPRISE, "330106", null, DEMO_ENTERPRISE_USCC, null, null));
        // project approvals (产能置换, 白名单): the city's and the province's 工信 reviewers, no inspection agency
        users.insert(UserAccount.create(
                "city-reviewer", hash, "杭州市经信局审核员", Role.PROJECT_REVIEWER, "330100", null, null, null, null));
        users.insert(UserAccount.create(
                "province-reviewer", hash, "省经信厅审核员", Role.PROJECT_REVIEWER, PROVINCE, null, null, null, null));
    }

    private static UserAccount user(
            String username,
            String hash,
            String displayName,
            Role role,
            String region,
            Map<String, Long> agency,
            String certificate,
            LocalDate certificateExpires) {
        return UserAccount.create(
                username, hash, displayName, role, region, agency.get(region), null, certificate, certificateExpires);
    }
}
