package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.Interval;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * GB 24500 minimum design thermal efficiency of industrial boilers (boiler-efficiency.csv): a row by combustion, fuel,
 * coal class, condensing and capacity band; "≥". The coal class is given by the inspector; when the design fuel's Q and V
 * are also given they must lie in the class's ranges ({@link #checkCoalClass}).
 */
final class BoilerEfficiencyTable implements EfficiencyGrader {
    static final Set<String> COMBUSTION = Set.of("LAYER", "FLUIDISED_BED", "CHAMBER");
    static final Set<String> COAL_CLASSES = Set.of(
            "BITUMINOUS_I", "BITUMINOUS_II", "BITUMINOUS_III", "LEAN", "ANTHRACITE_II", "ANTHRACITE_III", "LIGNITE");

    private record Cell(
            String edition,
            String table,
            String clause,
            String combustion,
            String fuel,
            String fuelClass,
            Interval q,
            Interval v,
            String condensing,
            Interval tph,
            Interval mw,
            double[] limits,
            List<Basis> basis) {}

    private final List<Cell> cells;

    private BoilerEfficiencyTable(List<Cell> cells) {
        this.cells = List.copyOf(cells);
    }

    static BoilerEfficiencyTable load(String resource) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            Basis basis = row.basis();
            String key = basis.reference() + "|" + row.get("table") + "|" + row.get("combustion") + "|"
                    + row.get("fuel") + "|" + row.get("fuel_class") + "|" + row.get("condensing") + "|"
                    + row.get("capacity_tph_range");
            Cell cell = cells.computeIfAbsent(
                    key,
                    k -> new Cell(
                            basis.reference(),
                            row.get("table"),
                            row.get("clause"),
                            row.get("combustion"),
                            row.get("fuel"),
                            row.get("fuel_class"),
                            Interval.parseOrAny(row.get("net_calorific_value_range")),
                            Interval.parseOrAny(row.get("volatile_matter_range")),
                            row.get("condensing"),
                            Interval.parseOrAny(row.get("capacity_tph_range")),
                            Interval.parseOrAny(row.get("thermal_power_mw_range")),
                            new double[] {Double.NaN, Double.NaN, Double.NaN},
                            new ArrayList<>()));
            Double value = row.decimalOrNull("min_efficiency_percent");
            cell.limits()[(int) row.decimal("grade") - 1] = value == null ? Double.NaN : value;
            if (!cell.basis().contains(basis)) {
                cell.basis().add(basis);
            }
        }
        return new BoilerEfficiencyTable(new ArrayList<>(cells.values()));
    }

    @Override
    public EfficiencyCheck grade(EquipmentQuery q, Editions.Edition edition) {
        String reference = edition.basis().reference();
        String fuel = upper(q.fuel());
        String combustion = upper(q.combustion());
        String coalClass = upper(q.coalClass());
        List<Violation> violations = new ArrayList<>();
        List<Cell> rows = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.edition().equals(reference) && cell.fuel().equals(fuel)) {
                rows.add(cell);
            }
        }
        if (rows.isEmpty()) {
            return EfficiencyCheck.noValues(
                    reference + " 未载入燃料 " + fuel + " 的锅炉热效率限值；须由监察人员判定", List.of(edition.basis()));
        }
        boolean byCombustion = rows.stream().anyMatch(c -> !c.combustion().equals("ANY"));
        if (byCombustion && combustion == null) {
            // which other fields are needed depends on the combustion: name it alone
            throw InvalidInputException.of(
                    "combustion", "必填：" + reference + " 按燃烧方式（LAYER / FLUIDISED_BED / CHAMBER）分表");
        }
        if (combustion != null) {
            rows.removeIf(c -> !c.combustion().equals("ANY") && !c.combustion().equals(combustion));
        }
        boolean byClass = rows.stream().anyMatch(c -> !c.fuelClass().equals("ANY"));
        if (byClass && coalClass == null) {
            violations.add(
                    new Violation("coalClass", "必填：" + reference + " 按设计燃料煤种分行（烟煤 I/II/III 类、贫煤、无烟煤 II/III 类、褐煤）"));
        }
        if (byClass && coalClass != null) {
            rows.removeIf(c -> !c.fuelClass().equals(coalClass));
        }
        boolean byCondensing = rows.stream().anyMatch(c -> !c.condensing().equals("ANY"));
        if (byCondensing && q.condensing() == null) {
            violations.add(new Violation("condensing", "必填：" + reference + " 表4 燃气锅炉分冷凝与非冷凝"));
        }
        if (byCondensing && q.condensing() != null) {
            String wanted = q.condensing() ? "YES" : "NO";
            rows.removeIf(c -> !c.condensing().equals(wanted));
        }
        boolean byCapacity = rows.stream()
                .anyMatch(c ->
                        !c.tph().toString().equals("(,)") || !c.mw().toString().equals("(,)"));
        if (byCapacity && q.capacityTph() == null && q.thermalPowerMw() == null) {
            violations.add(
                    new Violation("capacityTph", "必填：" + reference + " 按容量分档（蒸汽锅炉填额定蒸发量 t/h，热水锅炉填 thermalPowerMw）"));
        }
        if (byCapacity && (q.capacityTph() != null || q.thermalPowerMw() != null)) {
            rows.removeIf(c -> q.capacityTph() != null
                    ? !c.tph().contains(q.capacityTph())
                    : !c.mw().contains(q.thermalPowerMw()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (rows.isEmpty()) {
            return EfficiencyCheck.noValues(
                    reference + " 表中无与该锅炉（燃料 " + fuel + (combustion == null ? "" : "、燃烧方式 " + combustion)
                            + "）相应的行；须由监察人员判定",
                    List.of(edition.basis()));
        }
        Cell cell = rows.getFirst();
        checkCoalClass(cell, q);
        IndicatorGrade indicator = IndicatorGrade.grade(
                "thermalEfficiency",
                "设计热效率",
                "%",
                true,
                q.efficiencyPercent(),
                cell.limits().clone());
        return EfficiencyCheck.graded(
                List.of(indicator),
                List.of(reference + " " + cell.clause() + " " + describe(cell) + "："
                        + EfficiencyCheck.describe(indicator)),
                cell.basis());
    }

    /**
     * The coal class's definition in the table (net calorific value Q and volatile matter V ranges): a Q or V outside
     * them means the class was given wrongly, which is refused rather than graded against the wrong row.
     */
    static void checkCoalClass(Cell cell, EquipmentQuery q) {
        List<Violation> violations = new ArrayList<>();
        if (q.netCalorificValueKjKg() != null && !cell.q().contains(q.netCalorificValueKjKg())) {
            violations.add(new Violation(
                    "netCalorificValueKjKg",
                    "与煤种 " + cell.fuelClass() + " 不符：该煤种的收到基低位发热量须在 " + cell.q() + " kJ/kg 之内"));
        }
        if (q.volatileMatterPercent() != null && !cell.v().contains(q.volatileMatterPercent())) {
            violations.add(new Violation(
                    "volatileMatterPercent", "与煤种 " + cell.fuelClass() + " 不符：该煤种的干燥无灰基挥发分须在 " + cell.v() + " % 之内"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String describe(Cell cell) {
        String fuel = switch (cell.fuel()) {
            case "COAL" ->
                cell.combustion().equals("CHAMBER")
                        ? "室燃煤粉锅炉"
                        : (cell.combustion().equals("LAYER") ? "层状燃烧燃煤锅炉" : "流化床燃煤锅炉");
            case "BIOMASS" -> "生物质锅炉";
            case "NATURAL_GAS" -> cell.condensing().equals("YES") ? "冷凝式燃气锅炉" : "非冷凝式燃气锅炉";
            case "OIL" -> "燃油锅炉";
            case "ELECTRICITY" -> "电加热锅炉";
            default -> cell.fuel();
        };
        return fuel + (cell.fuelClass().equals("ANY") ? "" : "（" + cell.fuelClass() + "）");
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
