package cn.energyinspect.app.demo;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.campaign.plan.CampaignPlans;
import cn.energyinspect.app.campaign.plan.PlanForm;
import cn.energyinspect.app.campaign.plan.PlanSplits;
import cn.energyinspect.app.campaign.plan.PlanView;
import cn.energyinspect.app.campaign.plan.SplitRequest;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A province plan down the three tiers, so a newcomer can try each: 浙江省 splits its plan to 杭州市 and 宁波市, each
 * city accepts and splits on to two counties (西湖区 and 拱墅区, 海曙区 and 鄞州区), which accept. Every tier keeps a
 * quota of its own to draw; nothing is drawn yet (each agency has certified inspectors and its counties enterprises,
 * see {@link DemoStaff}). Through the same services as the pages; a failure is logged and the app starts anyway.
 */
@Component
@ConditionalOnProperty(name = "energyinspect.demo-data.enabled", havingValue = "true")
@Order(20)
class DemoTiers implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoTiers.class);
    static final String TITLE = "浙江省重点用能单位节能监察（省市县三级双随机）";

    private final UserDirectory users;
    private final CampaignPlans plans;
    private final PlanSplits splits;
    private final AgencyMapper agencies;
    private final TransactionTemplate transaction;
    private final BusinessTime time;

    DemoTiers(
            UserDirectory users,
            CampaignPlans plans,
            PlanSplits splits,
            AgencyMapper agencies,
            TransactionTemplate transaction,
            BusinessTime time) {
        this.users = users;
        this.plans = plans;
        this.splits = splits;
        this.agencies = agencies;
        this.transaction = transaction;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser admin = users.byUsername("admin").orElse(null);
        if (admin == null || users.byUsername("ningbo-supervisor").isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                if (plans.list(null, admin).stream().anyMatch(p -> p.title().equals(TITLE))) {
                    return;
                }
                create(admin);
            });
        } catch (RuntimeException e) {
            log.warn("D-DEMO-TIERS-SKIPPED {}", e.toString());
        }
    }

    private void create(CurrentUser admin) {
        LocalDate today = time.today();
        PlanView province = plans.create(
                new PlanForm(
                        today.getYear(),
                        TITLE,
                        "ON_SITE",
                        "ON_SITE_GENERAL",
                        List.of(),
                        false,
                        12,
                        today.plusDays(10),
                        today.plusDays(30),
                        today.plusDays(150),
                        today.plusDays(180)),
                admin);
        PlanView hangzhou = splitAndAccept(province, admin, "330100", 5, "city-supervisor");
        PlanView ningbo = splitAndAccept(province, admin, "330200", 4, "ningbo-supervisor", "330100", 5);
        CurrentUser hz = users.byUsername("city-supervisor").orElseThrow();
        CurrentUser nb = users.byUsername("ningbo-supervisor").orElseThrow();
        splitToCounties(hangzhou, hz, List.of("330106", "330105"), List.of("supervisor", "demo-330105-sup"));
        splitToCounties(ningbo, nb, List.of("330203", "330212"), List.of("demo-330203-sup", "demo-330212-sup"));
        log.info("D-DEMO-TIERS plan={} split to 2 cities and 4 counties", province.id());
    }

    /** Splits {@code parent} to the agency of {@code region} (keeping the sub-plans already given) and accepts it. */
    private PlanView splitAndAccept(
            PlanView parent, CurrentUser owner, String region, int quota, String acceptor, Object... kept) {
        List<SplitRequest.Child> children = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < kept.length; i += 2) {
            children.add(new SplitRequest.Child(agency((String) kept[i]), (Integer) kept[i + 1]));
        }
        children.add(new SplitRequest.Child(agency(region), quota));
        splits.split(parent.id(), new SplitRequest(children), owner);
        PlanView child = plans.list(null, owner).stream()
                .filter(p -> p.title().equals(parent.title()) && region.equals(p.regionCode()))
                .findFirst()
                .orElseThrow();
        return plans.accept(child.id(), users.byUsername(acceptor).orElseThrow());
    }

    private void splitToCounties(PlanView city, CurrentUser owner, List<String> counties, List<String> acceptors) {
        splits.split(
                city.id(),
                new SplitRequest(List.of(
                        new SplitRequest.Child(agency(counties.get(0)), 2),
                        new SplitRequest.Child(agency(counties.get(1)), 1))),
                owner);
        for (int i = 0; i < counties.size(); i++) {
            String county = counties.get(i);
            PlanView child = plans.list(null, owner).stream()
                    .filter(p -> p.title().equals(city.title()) && county.equals(p.regionCode()))
                    .findFirst()
                    .orElseThrow();
            plans.accept(child.id(), users.byUsername(acceptors.get(i)).orElseThrow());
        }
    }

    private long agency(String region) {
        return agencies.findByRegion(region).map(Agency::id).orElseThrow();
    }
}
