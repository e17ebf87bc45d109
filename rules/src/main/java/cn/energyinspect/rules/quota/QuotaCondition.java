package cn.energyinspect.rules.quota;

import java.util.List;

/**
 * A plant condition one quota indicator accepts, as the catalogue lists it for forms and the API.
 *
 * @param name the condition's code in {@link QuotaQuery#conditions()}, e.g. {@code altitudeMeters}
 * @param nameZh its Chinese name, e.g. {@code 厂区海拔}
 * @param kind {@code NUMBER}, {@code FLAG} (0 = no, 1 = yes) or {@code CHOICE} (one of {@code choices})
 * @param range accepted range in interval notation, e.g. {@code [-500,9000]}
 * @param required whether grading is refused without it (in some loaded edition)
 */
public record QuotaCondition(
        String name,
        String nameZh,
        String kind,
        String range,
        List<Double> choices,
        String unit,
        boolean required,
        String description) {

    public QuotaCondition {
        choices = List.copyOf(choices);
    }
}
