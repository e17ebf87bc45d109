package cn.energyinspect.rules.quota;

import cn.energyinspect.rules.basis.Basis;
import java.util.List;

/**
 * A gradable product/indicator pair of the catalogue: its unit, the plant conditions it accepts (the ones its
 * corrections or table rows need) and the editions loaded.
 */
public record QuotaIndicator(
        String product,
        String indicator,
        String unit,
        String nameZh,
        boolean negativeAllowed,
        List<String> conditions,
        List<String> requiredConditions,
        List<Basis> editions) {}
