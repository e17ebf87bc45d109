package cn.energyinspect.rules.quota;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test-data builder: {@code aReading("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY").of(108, "kgce/t").at(...)}. */
final class QuotaQueries {
    private final String product;
    private final String indicator;
    private Double value;
    private String unit;
    private LocalDate date = LocalDate.of(2026, 8, 1);
    private final Map<String, Double> conditions = new LinkedHashMap<>();

    private QuotaQueries(String product, String indicator) {
        this.product = product;
        this.indicator = indicator;
    }

    static QuotaQueries aReading(String product, String indicator) {
        return new QuotaQueries(product, indicator);
    }

    static QuotaQueries clinkerEnergy(double kgcePerTonne) {
        return aReading("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY")
                .of(kgcePerTonne, "kgce/t")
                .with("altitudeMeters", 200);
    }

    static QuotaQueries blastFurnace(double kgcePerTonne) {
        return aReading("STEEL_BLAST_FURNACE", "PROCESS_ENERGY")
                .of(kgcePerTonne, "kgce/t")
                .with("burdenIronGradePercent", 62);
    }

    static QuotaQueries converter(double kgcePerTonne) {
        return aReading("STEEL_CONVERTER", "PROCESS_ENERGY")
                .of(kgcePerTonne, "kgce/t")
                .with("scrapRatioPercent", 0);
    }

    static QuotaQueries arcFurnace(double tonnes, double kgcePerTonne) {
        return aReading("STEEL_ELECTRIC_ARC_FURNACE", "PROCESS_ENERGY")
                .of(kgcePerTonne, "kgce/t")
                .with("furnaceCapacityTonnes", tonnes);
    }

    QuotaQueries of(Double value, String unit) {
        this.value = value;
        this.unit = unit;
        return this;
    }

    QuotaQueries on(String isoDate) {
        this.date = isoDate == null ? null : LocalDate.parse(isoDate);
        return this;
    }

    QuotaQueries with(String condition, double value) {
        conditions.put(condition, value);
        return this;
    }

    QuotaQueries without(String condition) {
        conditions.remove(condition);
        return this;
    }

    QuotaQuery build() {
        return new QuotaQuery(product, indicator, value, unit, date, Map.copyOf(conditions));
    }

    QuotaResult graded() {
        return QuotaGrading.standard().grade(build());
    }
}
