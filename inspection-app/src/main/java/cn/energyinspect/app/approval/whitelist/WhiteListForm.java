package cn.energyinspect.app.approval.whitelist;

import java.util.List;

/**
 * A white-list application as the enterprise fills it in.
 *
 * @param unitConsumptionLevel design unit consumption against 标杆/基准: {@code AT_OR_BELOW_BENCHMARK}, {@code BETWEEN},
 *     {@code ABOVE_BASELINE}
 * @param productCode the product of {@code rules/quota} the unit consumption is of
 * @param chainPosition {@code CHAIN_LEADER}, {@code KEY_SUPPORTING} or {@code GENERAL}
 * @param chainPositionReasons why the enterprise claims that position (the reviewer decides)
 */
public record WhiteListForm(
        String title,
        String regionCode,
        String productCode,
        String unitConsumptionLevel,
        Double valueAddedTenThousandYuan,
        Double energyConsumptionTce,
        String chainPosition,
        String chainPositionReasons,
        Double greenPowerSharePercent,
        List<Long> evidenceIds) {

    public WhiteListForm {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
