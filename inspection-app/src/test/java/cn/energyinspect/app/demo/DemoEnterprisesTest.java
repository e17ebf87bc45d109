package cn.energyinspect.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.rules.energy.EnergyAccounting;
import cn.energyinspect.rules.energy.KeyUnitStatus;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import cn.energyinspect.rules.region.RegionLevel;
import cn.energyinspect.rules.region.Regions;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoEnterprisesTest {
    private final List<RegionRow> zhejiangCounties = Regions.standard().descendants("330000").stream()
            .filter(r -> r.level() == RegionLevel.COUNTY)
            .map(r -> new RegionRow(r.code(), r.name(), r.level().name(), r.parentCode()))
            .toList();

    @Test
    void two_hundred_enterprises_with_valid_unique_codes_in_zhejiang_counties() {
        List<EnterpriseForm> enterprises = DemoEnterprises.generate(zhejiangCounties, 200);

        assertThat(enterprises).hasSize(200);
        assertThat(enterprises).allSatisfy(e -> {
            assertThat(UnifiedSocialCreditCode.check(e.uscc()).valid())
                    .as(e.uscc())
                    .isTrue();
            assertThat(UnifiedSocialCreditCode.check(e.uscc()).regionCode()).isEqualTo(e.regionCode());
            assertThat(e.regionCode()).startsWith("33");
        });
        assertThat(new HashSet<>(enterprises.stream().map(EnterpriseForm::uscc).toList()))
                .hasSize(200);
        assertThat(new HashSet<>(enterprises.stream()
                                .map(EnterpriseForm::regionCode)
                                .toList())
                        .size())
                .as("spread across counties")
                .isGreaterThan(50);
        assertThat(new HashSet<>(enterprises.stream()
                                .map(EnterpriseForm::industryCode)
                                .toList())
                        .size())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void key_unit_flags_agree_with_the_energy_conservation_law() {
        for (EnterpriseForm e : DemoEnterprises.generate(zhejiangCounties, 200)) {
            KeyUnitStatus status = EnergyAccounting.standard()
                    .classifyKeyUnit(e.annualEnergyTce().doubleValue())
                    .status();
            if (status == KeyUnitStatus.YES) {
                assertThat(e.keyEnergyUnit()).as(e.name()).isTrue();
            } else if (status == KeyUnitStatus.NO) {
                assertThat(e.keyEnergyUnit()).as(e.name()).isFalse();
            }
        }
    }

    @Test
    void the_demo_enterprise_user_belongs_to_an_enterprise_in_xihu() {
        EnterpriseForm first = DemoEnterprises.generate(zhejiangCounties, 200).get(0);

        assertThat(first.uscc()).isEqualTo(DemoData.DEMO_ENTERPRISE_USCC);
        assertThat(first.regionCode()).isEqualTo("330106");
    }
}
