package cn.energyinspect.app.enterprise;

import java.math.BigDecimal;

/**
 * What a client sends to register or update an enterprise. Every field may arrive missing or wrong; {@link
 * EnterpriseValidation} names each problem at once.
 *
 * @param uscc 统一社会信用代码 (GB 32100-2015); fixed once registered
 * @param regionCode county-level GB/T 2260 code where the enterprise is located
 * @param industryCode 国民经济行业分类 (GB/T 4754) code, e.g. {@code C3011} 水泥制造
 * @param annualEnergyTce annual comprehensive energy consumption in tonnes of standard coal equivalent
 * @param energyYear the year that figure is for
 * @param keyEnergyUnit 重点用能单位; derived from the figure when not given
 * @param version the version read, required on update (optimistic locking)
 */
public record EnterpriseForm(
        String uscc,
        String name,
        String regionCode,
        String address,
        String industryCode,
        BigDecimal annualEnergyTce,
        Integer energyYear,
        Boolean keyEnergyUnit,
        String contactName,
        String contactPhone,
        Integer version) {

    public EnterpriseForm {
        // as the register keeps it: half-width, upper case (a full-width or lower-case code is the same code)
        uscc = cn.energyinspect.rules.identifier.UnifiedSocialCreditCode.normalise(uscc);
    }

    /** This form with the 重点用能单位 flag as decided (the audit trail records what was stored). */
    EnterpriseForm decided(boolean keyUnit) {
        return new EnterpriseForm(
                uscc,
                name,
                regionCode,
                address,
                industryCode,
                annualEnergyTce,
                energyYear,
                keyUnit,
                contactName,
                contactPhone,
                version);
    }
}
