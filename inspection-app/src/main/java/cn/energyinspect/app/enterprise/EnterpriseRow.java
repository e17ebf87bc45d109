package cn.energyinspect.app.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code enterprise}, joined with its region's name. */
public record EnterpriseRow(
        Long id,
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
        Instant updatedAt) {}
