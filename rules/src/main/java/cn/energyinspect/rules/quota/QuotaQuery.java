package cn.energyinspect.rules.quota;

import java.time.LocalDate;
import java.util.Map;

/**
 * One indicator value of one plant to grade against the 单位产品能源消耗限额 standard in force on {@code date}.
 *
 * @param product product code, e.g. {@code CEMENT_CLINKER} (see {@link QuotaGrading#indicators()})
 * @param indicator indicator code, e.g. {@code COMPREHENSIVE_ENERGY}
 * @param value the measured unit consumption
 * @param unit unit of {@code value}; must be the indicator's unit, e.g. {@code kgce/t}
 * @param date date of the fact checked (e.g. the end of the reporting period); chooses the edition
 * @param conditions plant conditions the standard corrects by, e.g. {@code altitudeMeters}; flags are 0 or 1
 */
public record QuotaQuery(
        String product, String indicator, Double value, String unit, LocalDate date, Map<String, Double> conditions) {

    public QuotaQuery {
        conditions = conditions == null ? Map.of() : conditions;
    }

    public static QuotaQuery of(String product, String indicator, double value, String unit, LocalDate date) {
        return new QuotaQuery(product, indicator, value, unit, date, Map.of());
    }
}
