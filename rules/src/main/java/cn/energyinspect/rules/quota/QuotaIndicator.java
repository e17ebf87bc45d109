package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * A gradable product/indicator pair of the catalogue: its Chinese names, unit, the plant conditions it accepts (the
 * ones its corrections or table rows need) and the editions loaded.
 *
 * @param productNameZh the product's Chinese name, e.g. {@code 水泥熟料}
 * @param nameZh the indicator's Chinese name, e.g. {@code 熟料单位产品综合能耗}
 * @param conditions codes of the accepted conditions
 * @param requiredConditions codes of the conditions grading is refused without
 * @param conditionDetails each accepted condition with its Chinese name, kind, range and unit
 * @param editions the loaded editions, oldest first
 */
public record QuotaIndicator(
        String product,
        String indicator,
        String unit,
        String productNameZh,
        String nameZh,
        boolean negativeAllowed,
        List<String> conditions,
        List<String> requiredConditions,
        List<QuotaCondition> conditionDetails,
        List<Basis> editions) {}
