package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Conformity of equipment with its mandatory efficiency standard (GB 18613 motors, GB 20052 transformers, GB 19761
 * fans, GB 19762 pumps, GB 19153 air compressors, GB 24500 industrial boilers, GB 40879 data centres) and with the
 * elimination catalogues (淘汰目录). The facade behind {@code POST /api/v1/checks/equipment}. Immutable and
 * thread-safe; its data is read once.
 */
public final class EquipmentConformity {
    static final Set<String> FUELS = Set.of("COAL", "BIOMASS", "NATURAL_GAS", "OIL", "ELECTRICITY", "OTHER");

    private static final String DATA = "/rules/equipment/";

    private static final Map<String, Function<EquipmentQuery, Object>> VALUES = Map.ofEntries(
            Map.entry("type", EquipmentQuery::type),
            Map.entry("date", EquipmentQuery::date),
            Map.entry("model", EquipmentQuery::model),
            Map.entry("ratedPowerKw", EquipmentQuery::ratedPowerKw),
            Map.entry("poles", EquipmentQuery::poles),
            Map.entry("efficiencyPercent", EquipmentQuery::efficiencyPercent),
            Map.entry("ratedVoltageV", EquipmentQuery::ratedVoltageV),
            Map.entry("frameSizeMm", EquipmentQuery::frameSizeMm),
            Map.entry("ratedCapacityKva", EquipmentQuery::ratedCapacityKva),
            Map.entry("voltageKv", EquipmentQuery::voltageKv),
            Map.entry("insulation", EquipmentQuery::insulation),
            Map.entry("coreMaterial", EquipmentQuery::coreMaterial),
            Map.entry("noLoadLossKw", EquipmentQuery::noLoadLossKw),
            Map.entry("loadLossKw", EquipmentQuery::loadLossKw),
            Map.entry("fuel", EquipmentQuery::fuel),
            Map.entry("capacityTph", EquipmentQuery::capacityTph),
            Map.entry("fixedGrate", EquipmentQuery::fixedGrate),
            Map.entry("connectionGroup", EquipmentQuery::connectionGroup),
            Map.entry("insulationClass", EquipmentQuery::insulationClass),
            Map.entry("tapChanger", EquipmentQuery::tapChanger),
            Map.entry("fanType", EquipmentQuery::fanType),
            Map.entry("machineNumber", EquipmentQuery::machineNumber),
            Map.entry("totalPressurePa", EquipmentQuery::totalPressurePa),
            Map.entry("flowM3h", EquipmentQuery::flowM3h),
            Map.entry("speedRpm", EquipmentQuery::speedRpm),
            Map.entry("airDensityKgM3", EquipmentQuery::airDensityKgM3),
            Map.entry("stagnationPressurePa", EquipmentQuery::stagnationPressurePa),
            Map.entry("hubRatio", EquipmentQuery::hubRatio),
            Map.entry("pumpType", EquipmentQuery::pumpType),
            Map.entry("headM", EquipmentQuery::headM),
            Map.entry("stages", EquipmentQuery::stages),
            Map.entry("compressorType", EquipmentQuery::compressorType),
            Map.entry("dischargePressureMpa", EquipmentQuery::dischargePressureMpa),
            Map.entry("cooling", EquipmentQuery::cooling),
            Map.entry("specificPowerKwPerM3Min", EquipmentQuery::specificPowerKwPerM3Min),
            Map.entry("combustion", EquipmentQuery::combustion),
            Map.entry("coalClass", EquipmentQuery::coalClass),
            Map.entry("netCalorificValueKjKg", EquipmentQuery::netCalorificValueKjKg),
            Map.entry("volatileMatterPercent", EquipmentQuery::volatileMatterPercent),
            Map.entry("condensing", EquipmentQuery::condensing),
            Map.entry("thermalPowerMw", EquipmentQuery::thermalPowerMw),
            Map.entry("pue", EquipmentQuery::pue),
            Map.entry("totalElectricityKwh", EquipmentQuery::totalElectricityKwh),
            Map.entry("itElectricityKwh", EquipmentQuery::itElectricityKwh),
            Map.entry("standardRacks", EquipmentQuery::standardRacks));

    private final Editions editions;
    private final Map<EquipmentType, EfficiencyGrader> graders;
    private final EliminationCatalogue catalogue;
    private final LegalConsequences consequences;

    private EquipmentConformity(
            Editions editions,
            Map<EquipmentType, EfficiencyGrader> graders,
            EliminationCatalogue catalogue,
            LegalConsequences consequences) {
        this.editions = editions;
        this.graders = graders;
        this.catalogue = catalogue;
        this.consequences = consequences;
    }

    private static final class Standard {
        static final EquipmentConformity INSTANCE = load();

        private static EquipmentConformity load() {
            EquipmentScope scope = EquipmentScope.load(DATA + "scope.csv");
            return new EquipmentConformity(
                    Editions.load(DATA + "editions.csv"),
                    Map.of(
                            EquipmentType.MOTOR, MotorEfficiencyTable.load(DATA + "motor-efficiency.csv", scope),
                            EquipmentType.TRANSFORMER, TransformerLossTable.load(DATA + "transformer-losses.csv"),
                            EquipmentType.FAN, FanEfficiencyTable.load(DATA + "fan-efficiency.csv", scope),
                            EquipmentType.PUMP,
                                    PumpEfficiencyFormula.load(DATA + "pump-formula.csv", DATA + "pump-constants.csv"),
                            EquipmentType.COMPRESSOR,
                                    CompressorSpecificPowerTable.load(DATA + "compressor-specific-power.csv"),
                            EquipmentType.BOILER, BoilerEfficiencyTable.load(DATA + "boiler-efficiency.csv"),
                            EquipmentType.DATA_CENTRE, DataCentrePueTable.load(DATA + "data-centre-pue.csv", scope)),
                    EliminationCatalogue.load(DATA + "elimination-catalogue.csv"),
                    LegalConsequences.load(DATA + "legal-consequences.csv"));
        }
    }

    /** The check with the data files shipped in this library. */
    public static EquipmentConformity standard() {
        return Standard.INSTANCE;
    }

    /** Every equipment type with its Chinese name, the editions of its standard and the fields a check needs. */
    public List<EquipmentTypeInfo> types() {
        List<EquipmentTypeInfo> list = new ArrayList<>();
        for (EquipmentType type : EquipmentType.values()) {
            List<String> loaded = editions.loaded(type);
            String core = String.join("、", EquipmentFields.CORE.get(type));
            String note = switch (type) {
                case DATA_CENTRE -> "给出 pue，或 totalElectricityKwh 与 itElectricityKwh（R = E / E_IT）";
                case BOILER -> "fuel 必填；给出 efficiencyPercent 时按 GB 24500 分级";
                default -> "给出 model（淘汰目录比对）或 " + core + "（能效分级），或两者";
            };
            list.add(new EquipmentTypeInfo(
                    type.name(), type.nameZh(), editions.of(type), loaded, EquipmentFields.of(type), note));
        }
        return List.copyOf(list);
    }

    /**
     * Grades the equipment and matches it against the elimination catalogues.
     *
     * @throws InvalidInputException listing every missing or malformed field the check for this type needs
     */
    public EquipmentResult check(EquipmentQuery query) {
        EquipmentType type = validate(query);
        String fuel = query.fuel() == null ? null : upper(query.fuel());
        EfficiencyCheck efficiency = efficiency(type, query);
        EliminationCatalogue.Match match = type == EquipmentType.DATA_CENTRE
                ? new EliminationCatalogue.Match(Elimination.NOT_CHECKED, List.of(), List.of(), false)
                : catalogue.match(type, query, fuel);

        List<String> reasons = new ArrayList<>(efficiency.reasons());
        List<Basis> basis = new ArrayList<>(efficiency.basis());
        reasons.addAll(match.reasons());
        basis.addAll(match.basis());
        if (efficiency.outcome() == EfficiencyOutcome.BELOW_LIMIT) {
            consequences.addTo("BELOW_LIMIT", type, reasons, basis);
        }
        if (match.outcome() == Elimination.ELIMINATED) {
            consequences.addTo("ELIMINATED", type, reasons, basis);
        }
        List<Basis> distinct = new ArrayList<>();
        boolean unconfirmed = match.extractOnly();
        for (Basis b : basis) {
            if (!distinct.contains(b)) {
                distinct.add(b);
            }
            unconfirmed |= b.unconfirmed();
        }
        if (unconfirmed) {
            reasons.add("结论依据待核实的数值或不完整的淘汰目录摘录：使用前须核实");
        }
        return new EquipmentResult(
                efficiency.outcome(),
                efficiency.grade(),
                efficiency.outcome() == EfficiencyOutcome.BELOW_LIMIT,
                match.outcome(),
                efficiency.indicators(),
                reasons,
                distinct,
                unconfirmed);
    }

    private EfficiencyCheck efficiency(EquipmentType type, EquipmentQuery q) {
        if (!hasGradingData(type, q)) {
            return EfficiencyCheck.notChecked("未给出能效分级数据（" + String.join("、", gradingFields(type)) + "），未分级");
        }
        Editions.Edition edition = editions.inForce(type, q.date());
        if (edition == null || !edition.valuesLoaded()) {
            return editions.noValues(type, q.date());
        }
        return graders.get(type).grade(q, edition);
    }

    private static boolean hasGradingData(EquipmentType type, EquipmentQuery q) {
        if (type == EquipmentType.DATA_CENTRE) {
            return q.pue() != null || q.totalElectricityKwh() != null;
        }
        return given(q, EquipmentFields.CORE.get(type).getFirst());
    }

    private static List<String> gradingFields(EquipmentType type) {
        return type == EquipmentType.DATA_CENTRE
                ? List.of("pue", "totalElectricityKwh", "itElectricityKwh")
                : EquipmentFields.CORE.get(type);
    }

    private static EquipmentType validate(EquipmentQuery q) {
        if (q == null) {
            throw InvalidInputException.of("", "须给出设备数据");
        }
        List<Violation> violations = new ArrayList<>();
        EquipmentType type = EquipmentType.parse(q.type());
        if (q.type() == null || q.type().isBlank()) {
            violations.add(new Violation("type", "必填；可选：" + Arrays.toString(EquipmentType.values())));
        } else if (type == null) {
            violations.add(
                    new Violation("type", "未知设备类型 '" + q.type() + "'；可选：" + Arrays.toString(EquipmentType.values())));
        }
        if (q.date() == null) {
            violations.add(new Violation("date", "必填：按数据所属日期选择标准版本"));
        }
        if (type != null) {
            validate(type, q, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return type;
    }

    private static void validate(EquipmentType type, EquipmentQuery q, List<Violation> violations) {
        if (type == EquipmentType.BOILER && blank(q.fuel())) {
            violations.add(new Violation("fuel", "锅炉必填；可选：" + new TreeSet<>(FUELS)));
        }
        List<String> core = EquipmentFields.CORE.get(type);
        if (type == EquipmentType.DATA_CENTRE) {
            if (q.pue() == null && q.totalElectricityKwh() == null && q.itElectricityKwh() == null) {
                violations.add(new Violation("pue", "给出数据中心电能比 pue，或 totalElectricityKwh 与 itElectricityKwh"));
            } else if (q.pue() == null && (q.totalElectricityKwh() == null || q.itElectricityKwh() == null)) {
                violations.add(new Violation(
                        q.totalElectricityKwh() == null ? "totalElectricityKwh" : "itElectricityKwh",
                        "必填：R = E / E_IT 需要总耗电量与信息设备耗电量"));
            }
        } else if (!core.isEmpty()) {
            long givenCount = core.stream().filter(f -> given(q, f)).count();
            if (givenCount == 0 && type != EquipmentType.BOILER && blank(q.model())) {
                violations.add(new Violation("model", "须给出型号（淘汰目录比对）或 " + String.join("、", core) + "（按能效标准分级）"));
            } else if (givenCount > 0) {
                for (String field : core) {
                    if (!given(q, field)) {
                        violations.add(new Violation(field, "必填：与其他分级数据一并给出才能按能效标准分级"));
                    }
                }
            }
        }
        if (type == EquipmentType.FAN && given(q, "fanType")) {
            String fanType = upper(q.fanType());
            List<String> needed = "AXIAL".equals(fanType)
                    ? List.of("hubRatio")
                    : FanEfficiencyTable.FAN_TYPES.contains(fanType)
                            ? List.of("totalPressurePa", "flowM3h", "speedRpm")
                            : List.of();
            for (String field : needed) {
                if (!given(q, field)) {
                    violations.add(
                            new Violation(field, "必填：" + ("AXIAL".equals(fanType) ? "轴流通风机按轮毂比分行" : "据此计算压力系数与比转速")));
                }
            }
        }
        for (EquipmentField field : EquipmentFields.FIELDS.get(type)) {
            Object value = VALUES.get(field.name()).apply(q);
            if (value == null) {
                continue;
            }
            if (value instanceof String text && !field.values().isEmpty()) {
                if (!text.isBlank() && !field.values().contains(upper(text))) {
                    violations.add(new Violation(field.name(), "未知取值 '" + text + "'；可选：" + field.values()));
                }
            } else if (value instanceof Number number) {
                String problem = problem(type, field.name(), number.doubleValue());
                if (problem != null) {
                    violations.add(new Violation(field.name(), problem));
                }
            }
        }
        if (type == EquipmentType.DATA_CENTRE
                && q.totalElectricityKwh() != null
                && q.itElectricityKwh() != null
                && q.itElectricityKwh() > q.totalElectricityKwh()) {
            violations.add(new Violation("itElectricityKwh", "信息设备耗电量不能大于数据中心总耗电量"));
        }
    }

    private static String problem(EquipmentType type, String field, double value) {
        if (!Double.isFinite(value)) {
            return "须为有限数值";
        }
        return switch (field) {
            case "efficiencyPercent" -> {
                double max = type == EquipmentType.BOILER ? 110 : 100;
                yield value > 0 && value <= max ? null : "须大于 0 且不超过 " + (int) max;
            }
            case "volatileMatterPercent" -> value >= 0 && value <= 100 ? null : "须在 0～100 之间";
            case "hubRatio" -> value > 0 && value < 1 ? null : "须大于 0 且小于 1";
            case "pue" -> value >= 1 ? null : "不小于 1（总耗电量不少于信息设备耗电量）";
            case "stages", "standardRacks", "poles" -> value >= 1 && value == Math.rint(value) ? null : "须为正整数";
            default -> value > 0 ? null : "须为正数，实为 " + value;
        };
    }

    private static boolean given(EquipmentQuery q, String field) {
        Object value = VALUES.get(field).apply(q);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
