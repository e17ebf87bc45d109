package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts physical energy quantities to tonnes of standard coal (GB/T 2589-2020) and classifies the total under
 * 节约能源法 Art. 52. Immutable and thread-safe.
 */
public final class EnergyAccounting {
    static final int TCE_SCALE = 4;
    static final String ELECTRICITY = "ELECTRICITY";
    static final String ELECTRICITY_EQUAL_VALUE = "ELECTRICITY_EQUAL_VALUE";
    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private final Map<String, Coefficient> coefficients;
    private final KeyUnitThresholds thresholds;

    EnergyAccounting(Map<String, Coefficient> coefficients, KeyUnitThresholds thresholds) {
        this.coefficients = coefficients;
        this.thresholds = thresholds;
        if (!coefficients.containsKey(ELECTRICITY) || !coefficients.containsKey(ELECTRICITY_EQUAL_VALUE)) {
            throw new IllegalStateException("coefficients.csv needs ELECTRICITY and ELECTRICITY_EQUAL_VALUE rows");
        }
    }

    /** The coefficients of {@code /rules/energy/coefficients.csv}, loaded once. */
    public static EnergyAccounting standard() {
        return Holder.STANDARD;
    }

    /** The energy types an item may name, in data-file order. */
    public List<String> energyTypes() {
        return coefficients.values().stream()
                .filter(c -> !c.parameter())
                .map(Coefficient::energyType)
                .toList();
    }

    /** The energy types an item may name with their Chinese names and units, in data-file order. */
    public List<EnergyTypeInfo> energyTypeCatalogue() {
        return coefficients.values().stream()
                .filter(c -> !c.parameter())
                .map(c -> new EnergyTypeInfo(c.energyType(), c.name(), c.unit().symbol(), c.reference() == null))
                .toList();
    }

    /**
     * Converts {@code items} and classifies their total as an annual figure.
     *
     * @param electricityBasis how electricity is counted
     * @param equalValueCoefficient kgce/kWh, the year's 供电标准煤耗; required with {@link ElectricityBasis#EQUAL_VALUE}
     *     when there is electricity, ignored otherwise
     * @throws InvalidInputException listing every problem, each naming the item index
     */
    public ConversionResult convert(
            List<EnergyQuantity> items, ElectricityBasis electricityBasis, Double equalValueCoefficient) {
        List<Violation> violations = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            violations.add(new Violation("items", "至少需要一项能源消费量"));
            items = List.of();
        }
        if (electricityBasis == null) {
            violations.add(new Violation("electricityBasis", "须指明电力按当量值（EQUIVALENT_VALUE）还是等价值（EQUAL_VALUE）折算"));
        }
        boolean equalValueNeeded = electricityBasis == ElectricityBasis.EQUAL_VALUE
                && items.stream().anyMatch(item -> item != null && ELECTRICITY.equals(item.energyType()));
        if (equalValueNeeded) {
            checkSupplied(
                    coefficients.get(ELECTRICITY_EQUAL_VALUE),
                    equalValueCoefficient,
                    "equalValueCoefficient",
                    "电力等价值折算须提供当年供电标准煤耗（kgce/kWh）",
                    violations);
        }
        ItemValidation validation = new ItemValidation(coefficients, violations);
        for (int i = 0; i < items.size(); i++) {
            validation.check(i, items.get(i));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<ItemResult> results = new ArrayList<>();
        BigDecimal totalTce = BigDecimal.ZERO;
        Confidence confidence = thresholds.basis().getFirst().confidence();
        for (int i = 0; i < items.size(); i++) {
            Converted converted = convert(i, items.get(i), electricityBasis, equalValueCoefficient);
            totalTce = totalTce.add(converted.exactTce());
            results.add(converted.result());
            confidence = confidence.weakest(converted.result().basis().confidence());
        }
        BigDecimal reportedTotal = totalTce.setScale(TCE_SCALE, RoundingMode.HALF_UP);
        return new ConversionResult(
                reportedTotal, electricityBasis, results, thresholds.classify(reportedTotal), confidence);
    }

    /**
     * Classifies an annual comprehensive energy consumption, e.g. 12,000 tce → {@link KeyUnitStatus#YES}.
     *
     * @throws InvalidInputException for a negative or non-finite value
     */
    public KeyUnitVerdict classifyKeyUnit(double annualTce) {
        if (!Double.isFinite(annualTce) || annualTce < 0) {
            throw InvalidInputException.of("annualTce", "年综合能耗须为非负数，实际为 " + annualTce);
        }
        return thresholds.classify(BigDecimal.valueOf(annualTce));
    }

    private record Converted(ItemResult result, BigDecimal exactTce) {}

    private Converted convert(int index, EnergyQuantity item, ElectricityBasis basis, Double equalValue) {
        Coefficient row = coefficients.get(item.energyType());
        EnergyUnit unit = EnergyUnit.parse(item.unit()).orElseThrow();
        BigDecimal perReferenceUnit;
        CoefficientOrigin origin;
        Basis itemBasis;
        if (item.measuredCoefficientKgce() != null) {
            perReferenceUnit = BigDecimal.valueOf(item.measuredCoefficientKgce());
            origin = CoefficientOrigin.MEASURED;
            itemBasis = measured(row.basis(), index);
        } else if (ELECTRICITY.equals(row.energyType()) && basis == ElectricityBasis.EQUAL_VALUE) {
            perReferenceUnit = BigDecimal.valueOf(equalValue);
            origin = CoefficientOrigin.EQUAL_VALUE_PARAMETER;
            itemBasis = coefficients.get(ELECTRICITY_EQUAL_VALUE).basis();
        } else {
            perReferenceUnit = row.reference();
            origin = CoefficientOrigin.REFERENCE;
            itemBasis = row.basis();
        }
        BigDecimal perUnit = perReferenceUnit.multiply(unit.in(row.unit()));
        BigDecimal quantity = BigDecimal.valueOf(item.quantity());
        BigDecimal tce = quantity.multiply(perUnit).divide(KG_PER_TONNE);
        ItemResult result = new ItemResult(
                index,
                row.energyType(),
                row.name(),
                quantity,
                item.unit(),
                perUnit,
                origin,
                tce.setScale(TCE_SCALE, RoundingMode.HALF_UP),
                itemBasis);
        return new Converted(result, tce);
    }

    private static Basis measured(Basis reference, int index) {
        return new Basis(
                reference.standard(),
                reference.edition(),
                reference.clause() + "; 实测低位发热量",
                reference.effectiveFrom(),
                reference.effectiveTo(),
                reference.confidence(),
                "measured coefficient supplied with items[" + index + "]; reference: " + reference.source());
    }

    static void checkSupplied(
            Coefficient row, Double value, String field, String missingMessage, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, missingMessage + "，参考范围 " + range(row)));
        } else if (!Double.isFinite(value) || !row.isPlausible(BigDecimal.valueOf(value))) {
            violations.add(new Violation(field, "系数 " + value + " 超出合理范围 " + range(row) + "，请检查单位"));
        }
    }

    private static String range(Coefficient row) {
        return row.plausibleMin().toPlainString() + "–" + row.plausibleMax().toPlainString() + " kgce/"
                + row.unit().symbol();
    }

    static EnergyAccounting load(String folder) {
        Map<String, Coefficient> coefficients = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(folder + "coefficients.csv").rows()) {
            Coefficient coefficient = Coefficient.of(row);
            if (coefficients.put(coefficient.energyType(), coefficient) != null) {
                throw new IllegalStateException(row.where() + ": energy type listed twice");
            }
        }
        return new EnergyAccounting(
                java.util.Collections.unmodifiableMap(coefficients),
                KeyUnitThresholds.load(folder + "key-unit-thresholds.csv"));
    }

    private static final class Holder {
        static final EnergyAccounting STANDARD = load("/rules/energy/");
    }
}
