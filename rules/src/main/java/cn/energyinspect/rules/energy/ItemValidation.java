package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks one item of a conversion request, adding a violation per problem, each naming {@code items[i]}. */
final class ItemValidation {
    private final Map<String, Coefficient> coefficients;
    private final List<Violation> violations;

    ItemValidation(Map<String, Coefficient> coefficients, List<Violation> violations) {
        this.coefficients = coefficients;
        this.violations = violations;
    }

    void check(int index, EnergyQuantity item) {
        String field = "items[" + index + "]";
        if (item == null) {
            violations.add(new Violation(field, "能源项不能为空"));
            return;
        }
        if (!Double.isFinite(item.quantity())) {
            violations.add(new Violation(field + ".quantity", "实物量不是有效数字: " + item.quantity()));
        } else if (item.quantity() < 0) {
            violations.add(new Violation(field + ".quantity", "实物量不能为负数（输出的能源另行扣减）: " + item.quantity()));
        }
        Coefficient row = item.energyType() == null ? null : coefficients.get(item.energyType());
        if (row == null || row.parameter()) {
            violations.add(new Violation(field + ".energyType", "未知的能源种类: " + item.energyType()));
            return;
        }
        checkUnit(field, item, row);
        checkCoefficient(field, item, row);
    }

    private void checkUnit(String field, EnergyQuantity item, Coefficient row) {
        Optional<EnergyUnit> unit = EnergyUnit.parse(item.unit());
        if (unit.isEmpty() || unit.get().dimension() != row.unit().dimension()) {
            violations.add(new Violation(
                    field + ".unit",
                    row.name() + " 不能以 '" + item.unit() + "' 计量，可用单位: "
                            + String.join(", ", EnergyUnit.symbols(row.unit().dimension()))));
        }
    }

    private void checkCoefficient(String field, EnergyQuantity item, Coefficient row) {
        String coefficientField = field + ".measuredCoefficientKgce";
        if (item.measuredCoefficientKgce() != null && !row.measuredAllowed()) {
            String hint = EnergyAccounting.ELECTRICITY.equals(row.energyType())
                    ? "；电力等价值请用 equalValueCoefficient 并选 EQUAL_VALUE"
                    : "";
            violations.add(new Violation(coefficientField, row.name() + " 使用标准折标系数，不接受实测系数" + hint));
        } else if (item.measuredCoefficientKgce() != null || row.reference() == null) {
            EnergyAccounting.checkSupplied(
                    row,
                    item.measuredCoefficientKgce(),
                    coefficientField,
                    row.name() + " 在标准中只有范围值，须提供实测折标系数（kgce/" + row.unit().symbol() + "）",
                    violations);
        }
    }
}
