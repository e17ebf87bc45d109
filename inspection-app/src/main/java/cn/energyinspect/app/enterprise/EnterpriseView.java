package cn.energyinspect.app.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/** An enterprise as the API shows it. */
public record EnterpriseView(
        String uscc,
        String name,
        String regionCode,
        String regionName,
        String address,
        String industryCode,
        BigDecimal annualEnergyTce,
        Integer energyYear,
        boolean keyEnergyUnit,
        String contactName,
        String contactPhone,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static EnterpriseView of(EnterpriseRow row) {
        return new EnterpriseView(
                row.uscc(),
                row.name(),
                row.regionCode(),
                row.regionName(),
                row.address(),
                row.industryCode(),
                row.annualEnergyTce(),
                row.energyYear(),
                row.keyEnergyUnit(),
                row.contactName(),
                row.contactPhone(),
                row.version(),
                row.createdAt(),
                row.updatedAt());
    }
}
