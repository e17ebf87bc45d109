package cn.energyinspect.app.demo;

import cn.energyinspect.app.campaign.drawing.CampaignDraws;
import cn.energyinspect.app.campaign.drawing.DrawRequest;
import cn.energyinspect.app.campaign.plan.CampaignPlans;
import cn.energyinspect.app.campaign.plan.PlanForm;
import cn.energyinspect.app.campaign.plan.PlanView;
import cn.energyinspect.app.campaign.publication.CampaignPublications;
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
 * A demo campaign of the default run, so the campaign pages and the public pages (一公开) have something to show: the
 * 西湖区 agency's plan, published, with a committed, drawn and revealed double-random draw. Its cases are left for the
 * demo user to start. Created once, through the same services as the API, after {@link DemoData}; a failure is logged
 * and the app starts anyway.
 */
@Component
@ConditionalOnProperty(name = "energyinspect.demo-data.enabled", havingValue = "true")
@Order(10)
class DemoCampaign implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);
    static final String TITLE = "西湖区重点用能单位节能监察（双随机抽查）";

    private final UserDirectory users;
    private final CampaignPlans plans;
    private final CampaignPublications publications;
    private final CampaignDraws draws;
    private final TransactionTemplate transaction;
    private final BusinessTime time;

    DemoCampaign(
            UserDirectory users,
            CampaignPlans plans,
            CampaignPublications publications,
            CampaignDraws draws,
            TransactionTemplate transaction,
            BusinessTime time) {
        this.users = users;
        this.plans = plans;
        this.publications = publications;
        this.draws = draws;
        this.transaction = transaction;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser supervisor = users.byUsername("supervisor").orElse(null);
        if (supervisor == null) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                if (plans.list(null, supervisor).stream()
                        .anyMatch(p -> p.title().equals(TITLE))) {
                    return;
                }
                create(supervisor);
            });
        } catch (RuntimeException e) {
            log.warn("D-DEMO-CAMPAIGN-SKIPPED {}", e.getMessage());
        }
    }

    private void create(CurrentUser supervisor) {
        LocalDate today = time.today();
        PlanView plan = plans.create(
                new PlanForm(
                        today.getYear(),
                        TITLE,
                        "ON_SITE",
                        "ON_SITE_GENERAL",
                        List.of(),
                        false,
                        2,
                        today.plusDays(7),
                        today.plusDays(14),
                        today.plusDays(120),
                        today.plusDays(150)),
                supervisor);
        publications.publishPlan(plan.id(), supervisor);
        draws.commit(plan.id(), new DrawRequest(null, null, null, null, null), supervisor);
        draws.draw(plan.id(), supervisor);
        draws.reveal(plan.id(), supervisor);
        log.info("D-DEMO-CAMPAIGN plan={} drawn and revealed", plan.id());
    }
}
