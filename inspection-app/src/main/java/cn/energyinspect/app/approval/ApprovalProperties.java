package cn.energyinspect.app.approval;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Approval settings under {@code energyinspect.approval}: per province (GB/T 2260 code of the province) over the
 * defaults. No national rule fixes any of them (programmes.md §2.3, §2.5, §3.3): the defaults are EnergyInspect's and
 * UNCONFIRMED, and are shown as such ({@link Settings#confirmed()} false) until a province sets and confirms its own.
 *
 * @param defaults the values of a province without its own entry
 * @param provinces a province's own values; a missing value falls back to the default
 * @param objectionsPerAddressPerHour objections one client address may file in an hour (the public form is
 *     anonymous, so it is throttled instead)
 */
@ConfigurationProperties("energyinspect.approval")
public record ApprovalProperties(
        Province defaults, Map<String, Province> provinces, Integer objectionsPerAddressPerHour) {

    /** The defaults: 5 working days of 公示 (the shortest observed, Sichuan 2022), dismantling within 12 months. */
    static final Province BUILT_IN =
            new Province(null, 5, 12, HoldEffect.BLOCK, HoldEffect.BLOCK, 40.0, 25.0, 15.0, 20.0, 60.0, 12, 1.0, false);

    public ApprovalProperties {
        defaults = defaults == null ? BUILT_IN : defaults.over(BUILT_IN);
        provinces = provinces == null ? Map.of() : Map.copyOf(provinces);
        objectionsPerAddressPerHour = objectionsPerAddressPerHour == null ? 10 : objectionsPerAddressPerHour;
    }

    /** What a hold does to an application: refuses the step, or is shown to the reviewers only. */
    public enum HoldEffect {
        BLOCK,
        FLAG
    }

    /**
     * One province's values (any may be null: the default applies).
     *
     * @param departmentName the issuing department printed on 公告 and 批复, e.g. 浙江省经济和信息化厅
     * @param publicityWorkingDays 公示 length in working days, both ends counted (observed 5, 7, 20)
     * @param dismantlingMonths months after the new line's planned start by which the exiting line is dismantled
     * @param capacityHoldEffect what an open violation does to a capacity plan
     * @param whiteListHoldEffect what an open violation does to a white-list application
     * @param unitConsumptionWeight white-list weight of 产品单耗
     * @param energyProductivityWeight white-list weight of 能源产出率
     * @param chainPositionWeight white-list weight of 产业链定位
     * @param greenLowCarbonWeight white-list weight of 绿色低碳水平
     * @param passMark white-list minimum total score
     * @param listingMonths how long a listing is valid before its re-assessment
     * @param referenceEnergyProductivity the province's reference 能源产出率, 万元/tce
     * @param confirmed whether the province confirmed its values (false: shown as 待核实)
     */
    public record Province(
            String departmentName,
            Integer publicityWorkingDays,
            Integer dismantlingMonths,
            HoldEffect capacityHoldEffect,
            HoldEffect whiteListHoldEffect,
            Double unitConsumptionWeight,
            Double energyProductivityWeight,
            Double chainPositionWeight,
            Double greenLowCarbonWeight,
            Double passMark,
            Integer listingMonths,
            Double referenceEnergyProductivity,
            Boolean confirmed) {

        Province over(Province base) {
            return new Province(
                    departmentName != null ? departmentName : base.departmentName,
                    publicityWorkingDays != null ? publicityWorkingDays : base.publicityWorkingDays,
                    dismantlingMonths != null ? dismantlingMonths : base.dismantlingMonths,
                    capacityHoldEffect != null ? capacityHoldEffect : base.capacityHoldEffect,
                    whiteListHoldEffect != null ? whiteListHoldEffect : base.whiteListHoldEffect,
                    unitConsumptionWeight != null ? unitConsumptionWeight : base.unitConsumptionWeight,
                    energyProductivityWeight != null ? energyProductivityWeight : base.energyProductivityWeight,
                    chainPositionWeight != null ? chainPositionWeight : base.chainPositionWeight,
                    greenLowCarbonWeight != null ? greenLowCarbonWeight : base.greenLowCarbonWeight,
                    passMark != null ? passMark : base.passMark,
                    listingMonths != null ? listingMonths : base.listingMonths,
                    referenceEnergyProductivity != null
                            ? referenceEnergyProductivity
                            : base.referenceEnergyProductivity,
                    confirmed != null ? confirmed : base.confirmed);
        }
    }

    /** The values in force for a province, with whether they are its own confirmed ones. */
    public record Settings(
            String provinceCode,
            String departmentName,
            int publicityWorkingDays,
            int dismantlingMonths,
            HoldEffect capacityHoldEffect,
            HoldEffect whiteListHoldEffect,
            Map<String, Double> whiteListWeights,
            double passMark,
            int listingMonths,
            double referenceEnergyProductivity,
            boolean ownValues,
            boolean confirmed) {

        public HoldEffect holdEffect(Programme programme) {
            return programme == Programme.CAPACITY_REPLACEMENT ? capacityHoldEffect : whiteListHoldEffect;
        }
    }

    /** The settings of the province {@code provinceCode} (six digits, ending 0000). */
    public Settings forProvince(String provinceCode, String provinceName) {
        Province own = provinces.get(provinceCode);
        Province p = own == null ? defaults : own.over(defaults);
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("UNIT_CONSUMPTION", p.unitConsumptionWeight());
        weights.put("ENERGY_PRODUCTIVITY", p.energyProductivityWeight());
        weights.put("CHAIN_POSITION", p.chainPositionWeight());
        weights.put("GREEN_LOW_CARBON", p.greenLowCarbonWeight());
        String department = p.departmentName() != null ? p.departmentName() : provinceName + "工业和信息化主管部门";
        return new Settings(
                provinceCode,
                department,
                p.publicityWorkingDays(),
                p.dismantlingMonths(),
                p.capacityHoldEffect(),
                p.whiteListHoldEffect(),
                java.util.Collections.unmodifiableMap(weights),
                p.passMark(),
                p.listingMonths(),
                p.referenceEnergyProductivity(),
                own != null,
                own != null && Boolean.TRUE.equals(p.confirmed()));
    }

    static <K extends Enum<K>> EnumMap<K, Double> enumKeys(Class<K> type, Map<String, Double> byName) {
        EnumMap<K, Double> out = new EnumMap<>(type);
        byName.forEach((name, value) -> out.put(Enum.valueOf(type, name), value));
        return out;
    }
}
