package cn.energyinspect.app.penalty;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the penalty programme: every demo agency decides as itself, with a made-up (but check-character valid)
 * 统一社会信用代码 of a 机关 ({@code 11} + region + …), so a decision can be issued in the default run. A deployment sets
 * the real ones (系统管理 → 处罚机关, {@code PUT /api/v1/penalty-authorities/{agencyId}}).
 */
@Component
@ConditionalOnProperty(name = "energyinspect.demo-data.enabled", havingValue = "true")
@Order(1)
class DemoPenaltyAuthorities implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoPenaltyAuthorities.class);

    private final AgencyMapper agencies;
    private final RegionMapper regions;
    private final PenaltyMapper penalties;
    private final TransactionTemplate transaction;
    private final BusinessTime time;

    DemoPenaltyAuthorities(
            AgencyMapper agencies,
            RegionMapper regions,
            PenaltyMapper penalties,
            TransactionTemplate transaction,
            BusinessTime time) {
        this.agencies = agencies;
        this.regions = regions;
        this.penalties = penalties;
        this.transaction = transaction;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer added = transaction.execute(status -> {
            int count = 0;
            for (Agency agency : agencies.findWithin("33")) {
                if (penalties.authority(agency.id()).isEmpty()) {
                    penalties.saveAuthority(authority(agency));
                    count++;
                }
            }
            return count;
        });
        if (added != null && added > 0) {
            log.info("D-DEMO-PENALTY-AUTHORITIES {} demo agencies decide as themselves", added);
        }
    }

    private PenaltyAuthority authority(Agency agency) {
        String first17 = "11" + agency.regionCode() + "MB" + String.format("%07d", agency.id());
        String government =
                regions.find(agency.regionCode()).map(r -> r.name() + "人民政府").orElse("本级人民政府");
        return new PenaltyAuthority(
                agency.id(),
                agency.name(),
                first17 + UnifiedSocialCreditCode.checkCharacterFor(first17),
                "OWN",
                null,
                government,
                null,
                "通过“浙里办”政务服务平台在线缴纳或到指定代收银行",
                "demo",
                time.now());
    }
}
