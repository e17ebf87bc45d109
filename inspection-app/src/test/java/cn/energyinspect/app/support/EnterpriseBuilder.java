package cn.energyinspect.app.support;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

/** Test-data builder: {@code anEnterprise().inRegion("330106").build()}, with a fresh valid 统一社会信用代码. */
public final class EnterpriseBuilder {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000L);

    private String uscc;
    private String name;
    private String regionCode = "330106";
    private String address = "测试地址 1 号";
    private String industryCode = "C3011";
    private BigDecimal annualEnergyTce = new BigDecimal("3200.50");
    private Integer energyYear = 2025;
    private Boolean keyEnergyUnit;
    private Integer version;

    private EnterpriseBuilder() {}

    public static EnterpriseBuilder anEnterprise() {
        return new EnterpriseBuilder();
    }

    /** A valid code that no other test uses, with {@code region}'s code embedded. */
    public static String freshUscc(String region) {
        String body = String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
        String first17 = "91" + region + body + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacterFor(first17);
    }

    public EnterpriseBuilder inRegion(String code) {
        this.regionCode = code;
        return this;
    }

    public EnterpriseBuilder withUscc(String code) {
        this.uscc = code;
        return this;
    }

    public EnterpriseBuilder named(String value) {
        this.name = value;
        return this;
    }

    public EnterpriseBuilder inIndustry(String code) {
        this.industryCode = code;
        return this;
    }

    public EnterpriseBuilder consuming(String tce) {
        this.annualEnergyTce = tce == null ? null : new BigDecimal(tce);
        return this;
    }

    public EnterpriseBuilder keyEnergyUnit(Boolean flag) {
        this.keyEnergyUnit = flag;
        return this;
    }

    public EnterpriseBuilder version(Integer value) {
        this.version = value;
        return this;
    }

    public EnterpriseForm build() {
        String code = uscc != null ? uscc : freshUscc(regionCode.matches("\\d{6}") ? regionCode : "330106");
        return new EnterpriseForm(
                code,
                name != null ? name : "测试节能企业" + code.substring(8, 16) + "有限公司",
                regionCode,
                address,
                industryCode,
                annualEnergyTce,
                energyYear,
                keyEnergyUnit,
                "测试联系人",
                "0571-12345678",
                version);
    }
}
