package cn.energyinspect.app.admin.credentials;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training record of an inspector. */
public record TrainingView(
        long id, String title, String provider, BigDecimal hours, LocalDate completedOn, String createdBy) {}
