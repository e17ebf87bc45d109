package cn.energyinspect.rules.tariff;

/**
 * A plant's indicator for one tariff year, e.g. electrolytic aluminium's 铝液综合交流电耗 of the previous year.
 *
 * @param tariffYear the year the surcharge is for (the value is the previous year's)
 */
public record TariffQuery(String product, String indicator, int tariffYear, Double value, String unit) {

    /** 电解铝阶梯电价 on 铝液综合交流电耗 in kWh/t. */
    public static TariffQuery electrolyticAluminium(int tariffYear, double liquidAluminiumComprehensiveAcPower) {
        return new TariffQuery(
                "ELECTROLYTIC_ALUMINIUM",
                "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER",
                tariffYear,
                liquidAluminiumComprehensiveAcPower,
                "kWh/t");
    }
}
