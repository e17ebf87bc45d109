package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.energy.ElectricityBasis;
import cn.energyinspect.rules.energy.EnergyQuantity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import java.util.List;
import java.util.Map;

/**
 * The figures of one 能源利用状况报告 the checks read, as the enterprise declared them (the 2008 tables, programmes.md
 * §4.2). Anything a table leaves out is {@code null} or empty and its check is skipped.
 *
 * @param year the report year (the energy of that year; the quota edition in force on its last day grades it)
 * @param regionCode the unit's county code (regional tariff rules)
 * @param energy 表2: energy consumed by type, physical quantities
 * @param electricityBasis how 表2 counts electricity
 * @param equalValueCoefficient the year's 供电标准煤耗 (kgce/kWh) when electricity is counted at 等价值
 * @param declaredTotalTce 表2: the 综合能源消费量 the unit declares
 * @param usesTce 表2-1: consumption by use (production, auxiliary, living, losses …), tce
 * @param balance 表3: the energy balance, {@code null} when not filled
 * @param products 表4: unit consumption per product and indicator
 * @param changeExplained 表5 gives the reasons for the change of unit consumption
 * @param target 表6: the energy-saving target and what was achieved, {@code null} when none was set
 * @param equipment 表8: main energy-using equipment, each with the date of the fact (the report year's end)
 * @param dataCentre the data centre's figures, {@code null} for other units
 * @param energyManagerFiled 表1: an energy manager is appointed and filed (Art. 55)
 * @param lastAuditYear the year of the last energy audit, {@code null} if none
 * @param nonFossilSharePercent share of non-fossil energy in consumption, % ({@code null} when not given)
 */
public record ReportFigures(
        int year,
        String regionCode,
        List<EnergyQuantity> energy,
        ElectricityBasis electricityBasis,
        Double equalValueCoefficient,
        Double declaredTotalTce,
        List<Double> usesTce,
        Balance balance,
        List<Product> products,
        boolean changeExplained,
        Target target,
        List<EquipmentQuery> equipment,
        DataCentre dataCentre,
        Boolean energyManagerFiled,
        Integer lastAuditYear,
        Double nonFossilSharePercent) {

    public ReportFigures {
        energy = energy == null ? List.of() : List.copyOf(energy);
        usesTce = usesTce == null ? List.of() : List.copyOf(usesTce);
        products = products == null ? List.of() : List.copyOf(products);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }

    /**
     * 表3 能源实物平衡, all in tce: what came in (purchased, plus stock drawn down) against what went out (consumed, lost,
     * exported).
     */
    public record Balance(
            double purchasedTce, double stockDecreaseTce, double consumedTce, double lossTce, double exportedTce) {
        double supply() {
            return purchasedTce + stockDecreaseTce;
        }

        double demand() {
            return consumedTce + lossTce + exportedTce;
        }
    }

    /**
     * 表4 one product's unit consumption.
     *
     * @param product quota product code, e.g. {@code CEMENT_CLINKER}
     * @param indicator quota indicator code, e.g. {@code COMPREHENSIVE_ENERGY}
     * @param value the declared unit consumption
     * @param unit its unit, the indicator's, e.g. {@code kgce/t}
     * @param energy the energy the product consumed, in the unit's numerator (kgce, kWh …), {@code null} if not given
     * @param output the product's output, in the unit's denominator (t, m² …), {@code null} if not given
     * @param conditions the correction conditions of the quota standard (clinker ratio, altitude …)
     * @param previousValue last year's unit consumption of the same product and indicator, {@code null} if none
     */
    public record Product(
            String product,
            String indicator,
            double value,
            String unit,
            Double energy,
            Double output,
            Map<String, Double> conditions,
            Double previousValue) {
        public Product {
            conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
        }
    }

    /** 表6: the year's energy-saving target and the savings achieved, tce. */
    public record Target(double targetTce, double achievedTce) {}

    /**
     * A data centre's year: the measured ratio, or the metered totals it is computed from (GB 40879-2021 6.3.2).
     *
     * @param commissionedYear the year it went into service (new large data centres have the Action Plan's target)
     */
    public record DataCentre(
            Double pue,
            Double totalElectricityKwh,
            Double itElectricityKwh,
            Integer standardRacks,
            Integer commissionedYear) {}
}
