package cn.energyinspect.rules.whitelist;

/**
 * What an enterprise's 白名单 application is scored on. All fields are required.
 *
 * @param unitConsumption unit consumption against the 标杆 / 基准水平 (from the benchmark check)
 * @param valueAddedTenThousandYuan industrial value added of the year, 万元; positive
 * @param energyConsumptionTce comprehensive energy consumption of the year, tce; positive
 * @param referenceEnergyProductivity reference 能源产出率 (e.g. the provincial industry average), 万元/tce; positive
 * @param chainPosition 产业链定位
 * @param greenPowerSharePercent share of green electricity in electricity used, 0-100
 */
public record WhitelistApplication(
        BenchmarkLevel unitConsumption,
        Double valueAddedTenThousandYuan,
        Double energyConsumptionTce,
        Double referenceEnergyProductivity,
        ChainPosition chainPosition,
        Double greenPowerSharePercent) {}
