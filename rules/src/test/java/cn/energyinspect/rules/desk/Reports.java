package cn.energyinspect.rules.desk;

import cn.energyinspect.rules.energy.ElectricityBasis;
import cn.energyinspect.rules.energy.EnergyQuantity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test-data builder for report figures: {@code aReport(2025).withProduct(...).build()}. */
final class Reports {
    private int year;
    private String region = "330106";
    private final List<EnergyQuantity> energy = new ArrayList<>();
    private Double declared;
    private final List<Double> uses = new ArrayList<>();
    private ReportFigures.Balance balance;
    private final List<ReportFigures.Product> products = new ArrayList<>();
    private boolean explained;
    private ReportFigures.Target target;
    private final List<EquipmentQuery> equipment = new ArrayList<>();
    private ReportFigures.DataCentre dataCentre;
    private Boolean manager = true;
    private Integer audit;
    private Double nonFossil;

    private Reports(int year) {
        this.year = year;
        this.audit = year - 1;
    }

    static Reports aReport(int year) {
        return new Reports(year);
    }

    Reports inRegion(String code) {
        this.region = code;
        return this;
    }

    Reports energy(String type, double quantity, String unit) {
        energy.add(new EnergyQuantity(type, quantity, unit));
        return this;
    }

    Reports declaredTotal(double tce) {
        this.declared = tce;
        return this;
    }

    Reports uses(double... tce) {
        for (double u : tce) {
            uses.add(u);
        }
        return this;
    }

    Reports balance(double purchased, double stockDecrease, double consumed, double loss, double exported) {
        this.balance = new ReportFigures.Balance(purchased, stockDecrease, consumed, loss, exported);
        return this;
    }

    Reports product(String product, String indicator, double value, String unit, Map<String, Double> conditions) {
        products.add(new ReportFigures.Product(product, indicator, value, unit, null, null, conditions, null));
        return this;
    }

    Reports product(ReportFigures.Product product) {
        products.add(product);
        return this;
    }

    Reports clinker(double kgcePerTonne) {
        return product(
                "CEMENT_CLINKER", "COMPREHENSIVE_ENERGY", kgcePerTonne, "kgce/t", Map.of("altitudeMeters", 200.0));
    }

    Reports explained() {
        this.explained = true;
        return this;
    }

    Reports target(double targetTce, double achievedTce) {
        this.target = new ReportFigures.Target(targetTce, achievedTce);
        return this;
    }

    Reports equipment(EquipmentQuery query) {
        equipment.add(query);
        return this;
    }

    Reports dataCentre(Double pue, Integer racks, Integer commissioned) {
        this.dataCentre = new ReportFigures.DataCentre(pue, null, null, racks, commissioned);
        return this;
    }

    Reports manager(Boolean filed) {
        this.manager = filed;
        return this;
    }

    Reports lastAudit(Integer year) {
        this.audit = year;
        return this;
    }

    Reports nonFossil(Double percent) {
        this.nonFossil = percent;
        return this;
    }

    ReportFigures build() {
        return new ReportFigures(
                year,
                region,
                energy,
                ElectricityBasis.EQUIVALENT_VALUE,
                null,
                declared,
                uses,
                balance,
                products,
                explained,
                target,
                equipment,
                dataCentre,
                manager,
                audit,
                nonFossil);
    }
}
