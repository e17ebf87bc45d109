package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.math.BigDecimal;

/** One row of coefficients.csv. {@code reference} is null where the standard gives only a range. */
record Coefficient(
        String energyType,
        boolean parameter,
        String name,
        EnergyUnit unit,
        BigDecimal reference,
        boolean measuredAllowed,
        BigDecimal plausibleMin,
        BigDecimal plausibleMax,
        Basis basis) {

    static Coefficient of(DataTable.Row row) {
        EnergyUnit unit = EnergyUnit.parse(row.get("unit"))
                .orElseThrow(() -> new IllegalStateException(row.where() + ": unknown unit " + row.get("unit")));
        Coefficient coefficient = new Coefficient(
                row.get("energy_type"),
                switch (row.get("kind")) {
                    case "ITEM" -> false;
                    case "PARAMETER" -> true;
                    default -> throw new IllegalStateException(row.where() + ": kind must be ITEM or PARAMETER");
                },
                row.get("name"),
                unit,
                decimalOrNull(row, "coefficient_kgce"),
                "Y".equals(row.get("measured_allowed")),
                decimalOrNull(row, "plausible_min"),
                decimalOrNull(row, "plausible_max"),
                row.basis());
        boolean needsRange = coefficient.measuredAllowed || coefficient.parameter;
        if (needsRange && (coefficient.plausibleMin == null || coefficient.plausibleMax == null)) {
            throw new IllegalStateException(row.where() + ": a caller-supplied coefficient needs a plausible range");
        }
        if (coefficient.reference == null && !needsRange) {
            throw new IllegalStateException(row.where() + ": no coefficient and none may be supplied");
        }
        return coefficient;
    }

    boolean isPlausible(BigDecimal value) {
        return value.compareTo(plausibleMin) >= 0 && value.compareTo(plausibleMax) <= 0;
    }

    private static BigDecimal decimalOrNull(DataTable.Row row, String column) {
        return row.isBlank(column) ? null : new BigDecimal(row.get(column));
    }
}
