package cn.energyinspect.rules.equipment;

import java.time.LocalDate;

/**
 * What an inspector records about one piece of equipment. Fields are nullable and used by type:
 *
 * <ul>
 *   <li>all: {@code type}, {@code date} (of the fact checked: selects the standard's edition); {@code model} for the
 *       elimination catalogue;
 *   <li>{@code MOTOR}: {@code ratedPowerKw}, {@code poles}, {@code efficiencyPercent} (graded together), and for the
 *       catalogue {@code ratedVoltageV}, {@code frameSizeMm} (taken from the model, e.g. YB-160M-4 → 160, when absent);
 *   <li>{@code TRANSFORMER}: {@code ratedCapacityKva}, {@code voltageKv}, {@code insulation} (OIL / DRY), {@code
 *       coreMaterial} (ELECTRICAL_STEEL / AMORPHOUS_ALLOY), {@code noLoadLossKw}, {@code loadLossKw};
 *   <li>{@code BOILER}: {@code fuel} (COAL, BIOMASS, NATURAL_GAS, OIL, ELECTRICITY, OTHER), {@code capacityTph}, {@code
 *       fixedGrate};
 *   <li>{@code PUMP}, {@code FAN}, {@code COMPRESSOR}: {@code model}.
 * </ul>
 */
public record EquipmentQuery(
        String type,
        LocalDate date,
        String model,
        Double ratedPowerKw,
        Integer poles,
        Double efficiencyPercent,
        Integer ratedVoltageV,
        Integer frameSizeMm,
        Double ratedCapacityKva,
        Double voltageKv,
        String insulation,
        String coreMaterial,
        Double noLoadLossKw,
        Double loadLossKw,
        String fuel,
        Double capacityTph,
        Boolean fixedGrate) {

    public static Builder motor() {
        return new Builder("MOTOR");
    }

    public static Builder transformer() {
        return new Builder("TRANSFORMER");
    }

    public static Builder boiler() {
        return new Builder("BOILER");
    }

    public static Builder ofType(String type) {
        return new Builder(type);
    }

    /** Fluent construction for callers and tests; the record stays the contract. */
    public static final class Builder {
        private final String type;
        private LocalDate date;
        private String model;
        private Double ratedPowerKw;
        private Integer poles;
        private Double efficiencyPercent;
        private Integer ratedVoltageV;
        private Integer frameSizeMm;
        private Double ratedCapacityKva;
        private Double voltageKv;
        private String insulation;
        private String coreMaterial;
        private Double noLoadLossKw;
        private Double loadLossKw;
        private String fuel;
        private Double capacityTph;
        private Boolean fixedGrate;

        private Builder(String type) {
            this.type = type;
        }

        public Builder on(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder ratedPowerKw(Double kw) {
            this.ratedPowerKw = kw;
            return this;
        }

        public Builder poles(Integer poles) {
            this.poles = poles;
            return this;
        }

        public Builder efficiencyPercent(Double percent) {
            this.efficiencyPercent = percent;
            return this;
        }

        public Builder ratedVoltageV(Integer volts) {
            this.ratedVoltageV = volts;
            return this;
        }

        public Builder frameSizeMm(Integer mm) {
            this.frameSizeMm = mm;
            return this;
        }

        public Builder ratedCapacityKva(Double kva) {
            this.ratedCapacityKva = kva;
            return this;
        }

        public Builder voltageKv(Double kv) {
            this.voltageKv = kv;
            return this;
        }

        public Builder insulation(String insulation) {
            this.insulation = insulation;
            return this;
        }

        public Builder coreMaterial(String coreMaterial) {
            this.coreMaterial = coreMaterial;
            return this;
        }

        public Builder noLoadLossKw(Double kw) {
            this.noLoadLossKw = kw;
            return this;
        }

        public Builder loadLossKw(Double kw) {
            this.loadLossKw = kw;
            return this;
        }

        public Builder fuel(String fuel) {
            this.fuel = fuel;
            return this;
        }

        public Builder capacityTph(Double tph) {
            this.capacityTph = tph;
            return this;
        }

        public Builder fixedGrate(Boolean fixedGrate) {
            this.fixedGrate = fixedGrate;
            return this;
        }

        public EquipmentQuery build() {
            return new EquipmentQuery(
                    type,
                    date,
                    model,
                    ratedPowerKw,
                    poles,
                    efficiencyPercent,
                    ratedVoltageV,
                    frameSizeMm,
                    ratedCapacityKva,
                    voltageKv,
                    insulation,
                    coreMaterial,
                    noLoadLossKw,
                    loadLossKw,
                    fuel,
                    capacityTph,
                    fixedGrate);
        }
    }
}
