package cn.energyinspect.rules.equipment;

import java.time.LocalDate;

/**
 * What an inspector records about one piece of equipment (or one data centre). Fields are nullable and used by type;
 * {@link EquipmentConformity#types()} lists, per type, the fields grading needs with their Chinese names, units and
 * accepted values:
 *
 * <ul>
 *   <li>all: {@code type}, {@code date} (of the fact checked: selects the standard's edition); {@code model} for the
 *       elimination catalogue;
 *   <li>{@code MOTOR} (GB 18613): {@code ratedPowerKw}, {@code poles}, {@code efficiencyPercent}; catalogue {@code
 *       ratedVoltageV}, {@code frameSizeMm} (taken from the model, e.g. YB-160M-4 → 160, when absent);
 *   <li>{@code TRANSFORMER} (GB 20052): {@code ratedCapacityKva}, {@code voltageKv}, {@code insulation}, {@code
 *       coreMaterial}, {@code noLoadLossKw}, {@code loadLossKw}, and where the table needs them {@code connectionGroup},
 *       {@code insulationClass}, {@code tapChanger};
 *   <li>{@code FAN} (GB 19761): {@code fanType}, {@code machineNumber}, {@code efficiencyPercent}, and the operating
 *       point {@code totalPressurePa}, {@code flowM3h}, {@code speedRpm} (optional {@code airDensityKgM3}, {@code
 *       stagnationPressurePa}) or, for axial fans, {@code hubRatio};
 *   <li>{@code PUMP} (GB 19762): {@code pumpType}, {@code flowM3h}, {@code headM}, {@code speedRpm}, {@code stages},
 *       {@code efficiencyPercent};
 *   <li>{@code COMPRESSOR} (GB 19153): {@code compressorType}, {@code ratedPowerKw}, {@code dischargePressureMpa},
 *       {@code cooling}, {@code specificPowerKwPerM3Min};
 *   <li>{@code BOILER} (GB 24500): {@code fuel}, {@code efficiencyPercent}, {@code combustion}, {@code coalClass}
 *       (optional {@code netCalorificValueKjKg}, {@code volatileMatterPercent}), {@code condensing}, {@code capacityTph}
 *       or {@code thermalPowerMw}; catalogue {@code fixedGrate};
 *   <li>{@code DATA_CENTRE} (GB 40879): {@code pue} or {@code totalElectricityKwh} with {@code itElectricityKwh};
 *       {@code standardRacks}.
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
        Boolean fixedGrate,
        String connectionGroup,
        String insulationClass,
        String tapChanger,
        String fanType,
        Double machineNumber,
        Double totalPressurePa,
        Double flowM3h,
        Double speedRpm,
        Double airDensityKgM3,
        Double stagnationPressurePa,
        Double hubRatio,
        String pumpType,
        Double headM,
        Integer stages,
        String compressorType,
        Double dischargePressureMpa,
        String cooling,
        Double specificPowerKwPerM3Min,
        String combustion,
        String coalClass,
        Double netCalorificValueKjKg,
        Double volatileMatterPercent,
        Boolean condensing,
        Double thermalPowerMw,
        Double pue,
        Double totalElectricityKwh,
        Double itElectricityKwh,
        Integer standardRacks) {

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
        private String connectionGroup;
        private String insulationClass;
        private String tapChanger;
        private String fanType;
        private Double machineNumber;
        private Double totalPressurePa;
        private Double flowM3h;
        private Double speedRpm;
        private Double airDensityKgM3;
        private Double stagnationPressurePa;
        private Double hubRatio;
        private String pumpType;
        private Double headM;
        private Integer stages;
        private String compressorType;
        private Double dischargePressureMpa;
        private String cooling;
        private Double specificPowerKwPerM3Min;
        private String combustion;
        private String coalClass;
        private Double netCalorificValueKjKg;
        private Double volatileMatterPercent;
        private Boolean condensing;
        private Double thermalPowerMw;
        private Double pue;
        private Double totalElectricityKwh;
        private Double itElectricityKwh;
        private Integer standardRacks;

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

        public Builder ratedPowerKw(Double ratedPowerKw) {
            this.ratedPowerKw = ratedPowerKw;
            return this;
        }

        public Builder poles(Integer poles) {
            this.poles = poles;
            return this;
        }

        public Builder efficiencyPercent(Double efficiencyPercent) {
            this.efficiencyPercent = efficiencyPercent;
            return this;
        }

        public Builder ratedVoltageV(Integer ratedVoltageV) {
            this.ratedVoltageV = ratedVoltageV;
            return this;
        }

        public Builder frameSizeMm(Integer frameSizeMm) {
            this.frameSizeMm = frameSizeMm;
            return this;
        }

        public Builder ratedCapacityKva(Double ratedCapacityKva) {
            this.ratedCapacityKva = ratedCapacityKva;
            return this;
        }

        public Builder voltageKv(Double voltageKv) {
            this.voltageKv = voltageKv;
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

        public Builder noLoadLossKw(Double noLoadLossKw) {
            this.noLoadLossKw = noLoadLossKw;
            return this;
        }

        public Builder loadLossKw(Double loadLossKw) {
            this.loadLossKw = loadLossKw;
            return this;
        }

        public Builder fuel(String fuel) {
            this.fuel = fuel;
            return this;
        }

        public Builder capacityTph(Double capacityTph) {
            this.capacityTph = capacityTph;
            return this;
        }

        public Builder fixedGrate(Boolean fixedGrate) {
            this.fixedGrate = fixedGrate;
            return this;
        }

        public Builder connectionGroup(String connectionGroup) {
            this.connectionGroup = connectionGroup;
            return this;
        }

        public Builder insulationClass(String insulationClass) {
            this.insulationClass = insulationClass;
            return this;
        }

        public Builder tapChanger(String tapChanger) {
            this.tapChanger = tapChanger;
            return this;
        }

        public Builder fanType(String fanType) {
            this.fanType = fanType;
            return this;
        }

        public Builder machineNumber(Double machineNumber) {
            this.machineNumber = machineNumber;
            return this;
        }

        public Builder totalPressurePa(Double totalPressurePa) {
            this.totalPressurePa = totalPressurePa;
            return this;
        }

        public Builder flowM3h(Double flowM3h) {
            this.flowM3h = flowM3h;
            return this;
        }

        public Builder speedRpm(Double speedRpm) {
            this.speedRpm = speedRpm;
            return this;
        }

        public Builder airDensityKgM3(Double airDensityKgM3) {
            this.airDensityKgM3 = airDensityKgM3;
            return this;
        }

        public Builder stagnationPressurePa(Double stagnationPressurePa) {
            this.stagnationPressurePa = stagnationPressurePa;
            return this;
        }

        public Builder hubRatio(Double hubRatio) {
            this.hubRatio = hubRatio;
            return this;
        }

        public Builder pumpType(String pumpType) {
            this.pumpType = pumpType;
            return this;
        }

        public Builder headM(Double headM) {
            this.headM = headM;
            return this;
        }

        public Builder stages(Integer stages) {
            this.stages = stages;
            return this;
        }

        public Builder compressorType(String compressorType) {
            this.compressorType = compressorType;
            return this;
        }

        public Builder dischargePressureMpa(Double dischargePressureMpa) {
            this.dischargePressureMpa = dischargePressureMpa;
            return this;
        }

        public Builder cooling(String cooling) {
            this.cooling = cooling;
            return this;
        }

        public Builder specificPowerKwPerM3Min(Double specificPowerKwPerM3Min) {
            this.specificPowerKwPerM3Min = specificPowerKwPerM3Min;
            return this;
        }

        public Builder combustion(String combustion) {
            this.combustion = combustion;
            return this;
        }

        public Builder coalClass(String coalClass) {
            this.coalClass = coalClass;
            return this;
        }

        public Builder netCalorificValueKjKg(Double netCalorificValueKjKg) {
            this.netCalorificValueKjKg = netCalorificValueKjKg;
            return this;
        }

        public Builder volatileMatterPercent(Double volatileMatterPercent) {
            this.volatileMatterPercent = volatileMatterPercent;
            return this;
        }

        public Builder condensing(Boolean condensing) {
            this.condensing = condensing;
            return this;
        }

        public Builder thermalPowerMw(Double thermalPowerMw) {
            this.thermalPowerMw = thermalPowerMw;
            return this;
        }

        public Builder pue(Double pue) {
            this.pue = pue;
            return this;
        }

        public Builder totalElectricityKwh(Double totalElectricityKwh) {
            this.totalElectricityKwh = totalElectricityKwh;
            return this;
        }

        public Builder itElectricityKwh(Double itElectricityKwh) {
            this.itElectricityKwh = itElectricityKwh;
            return this;
        }

        public Builder standardRacks(Integer standardRacks) {
            this.standardRacks = standardRacks;
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
                    fixedGrate,
                    connectionGroup,
                    insulationClass,
                    tapChanger,
                    fanType,
                    machineNumber,
                    totalPressurePa,
                    flowM3h,
                    speedRpm,
                    airDensityKgM3,
                    stagnationPressurePa,
                    hubRatio,
                    pumpType,
                    headM,
                    stages,
                    compressorType,
                    dischargePressureMpa,
                    cooling,
                    specificPowerKwPerM3Min,
                    combustion,
                    coalClass,
                    netCalorificValueKjKg,
                    volatileMatterPercent,
                    condensing,
                    thermalPowerMw,
                    pue,
                    totalElectricityKwh,
                    itElectricityKwh,
                    standardRacks);
        }
    }
}
