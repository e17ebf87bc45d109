package cn.energyinspect.rules.equipment;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conformity of equipment with its mandatory efficiency standard (GB 18613 motors, GB 20052 transformers) and with the
 * elimination catalogues (淘汰目录). The facade behind {@code POST /api/v1/checks/equipment}. Immutable and
 * thread-safe; its data is read once.
 */
public final class EquipmentConformity {
    static final Set<String> FUELS = Set.of("COAL", "BIOMASS", "NATURAL_GAS", "OIL", "ELECTRICITY", "OTHER");

    private static final String DATA = "/rules/equipment/";

    private final Editions editions;
    private final MotorEfficiencyTable motors;
    private final TransformerLossTable transformers;
    private final EliminationCatalogue catalogue;
    private final LegalConsequences consequences;

    private EquipmentConformity(
            Editions editions,
            MotorEfficiencyTable motors,
            TransformerLossTable transformers,
            EliminationCatalogue catalogue,
            LegalConsequences consequences) {
        this.editions = editions;
        this.motors = motors;
        this.transformers = transformers;
        this.catalogue = catalogue;
        this.consequences = consequences;
    }

    private static final class Standard {
        static final EquipmentConformity INSTANCE = new EquipmentConformity(
                Editions.load(DATA + "editions.csv"),
                MotorEfficiencyTable.load(DATA + "motor-efficiency.csv", DATA + "motor-scope.csv"),
                TransformerLossTable.load(DATA + "transformer-losses.csv"),
                EliminationCatalogue.load(DATA + "elimination-catalogue.csv"),
                LegalConsequences.load(DATA + "legal-consequences.csv"));
    }

    /** The check with the data files shipped in this library. */
    public static EquipmentConformity standard() {
        return Standard.INSTANCE;
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
        EliminationCatalogue.Match match = catalogue.match(type, query, fuel);

        List<String> reasons = new ArrayList<>(efficiency.reasons());
        List<Basis> basis = new ArrayList<>(efficiency.basis());
        reasons.addAll(match.reasons());
        basis.addAll(match.basis());
        if (efficiency.outcome() == EfficiencyOutcome.BELOW_LIMIT) {
            consequences.addTo("BELOW_LIMIT", reasons, basis);
        }
        if (match.outcome() == Elimination.ELIMINATED) {
            consequences.addTo("ELIMINATED", reasons, basis);
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
            reasons.add("rests on UNCONFIRMED values or an incomplete catalogue extract: verify before relying on it");
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
        return switch (type) {
            case MOTOR ->
                q.efficiencyPercent() == null
                        ? EfficiencyCheck.notChecked("efficiency not graded: no ratedPowerKw, poles, efficiencyPercent")
                        : motors.grade(q.ratedPowerKw(), q.poles(), q.efficiencyPercent(), q.date(), editions);
            case TRANSFORMER ->
                q.noLoadLossKw() == null
                        ? EfficiencyCheck.notChecked(
                                "losses not graded: no capacity, voltage, insulation, core, losses")
                        : transformers.grade(
                                q.ratedCapacityKva(),
                                q.voltageKv(),
                                upper(q.insulation()),
                                upper(q.coreMaterial()),
                                q.noLoadLossKw(),
                                q.loadLossKw(),
                                q.date(),
                                editions);
            case BOILER, PUMP, FAN, COMPRESSOR ->
                EfficiencyCheck.notChecked("efficiency not graded: the " + type + " standard's limit values are not"
                        + " loaded (known editions: " + editions.known(type) + ")");
        };
    }

    private static EquipmentType validate(EquipmentQuery q) {
        if (q == null) {
            throw InvalidInputException.of("", "an equipment query is required");
        }
        List<Violation> violations = new ArrayList<>();
        EquipmentType type = EquipmentType.parse(q.type());
        if (q.type() == null || q.type().isBlank()) {
            violations.add(new Violation("type", "required; one of " + Arrays.toString(EquipmentType.values())));
        } else if (type == null) {
            violations.add(new Violation(
                    "type", "unknown type '" + q.type() + "'; one of " + Arrays.toString(EquipmentType.values())));
        }
        if (q.date() == null) {
            violations.add(new Violation("date", "required: the date of the fact checked selects the edition"));
        }
        if (type != null) {
            switch (type) {
                case MOTOR -> validateMotor(q, violations);
                case TRANSFORMER -> validateTransformer(q, violations);
                case BOILER -> validateBoiler(q, violations);
                case PUMP, FAN, COMPRESSOR -> {
                    if (blank(q.model())) {
                        violations.add(new Violation("model", "required for a " + type + ": the catalogue matches it"));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return type;
    }

    private static void validateMotor(EquipmentQuery q, List<Violation> violations) {
        String[] fields = {"ratedPowerKw", "poles", "efficiencyPercent"};
        Object[] values = {q.ratedPowerKw(), q.poles(), q.efficiencyPercent()};
        allOrNone(fields, values, "to grade a motor by GB 18613", q.model(), violations);
        positive("ratedPowerKw", q.ratedPowerKw(), violations);
        positive("poles", q.poles() == null ? null : q.poles().doubleValue(), violations);
        if (q.efficiencyPercent() != null && !(q.efficiencyPercent() > 0 && q.efficiencyPercent() <= 100)) {
            violations.add(new Violation("efficiencyPercent", "must be more than 0 and at most 100"));
        }
        positive(
                "ratedVoltageV",
                q.ratedVoltageV() == null ? null : q.ratedVoltageV().doubleValue(),
                violations);
        positive("frameSizeMm", q.frameSizeMm() == null ? null : q.frameSizeMm().doubleValue(), violations);
    }

    private static void validateTransformer(EquipmentQuery q, List<Violation> violations) {
        String[] fields = {"ratedCapacityKva", "voltageKv", "insulation", "coreMaterial", "noLoadLossKw", "loadLossKw"};
        Object[] values = {
            q.ratedCapacityKva(), q.voltageKv(), q.insulation(), q.coreMaterial(), q.noLoadLossKw(), q.loadLossKw()
        };
        allOrNone(fields, values, "to grade a transformer by GB 20052", q.model(), violations);
        positive("ratedCapacityKva", q.ratedCapacityKva(), violations);
        positive("voltageKv", q.voltageKv(), violations);
        positive("noLoadLossKw", q.noLoadLossKw(), violations);
        positive("loadLossKw", q.loadLossKw(), violations);
        oneOf("insulation", q.insulation(), TransformerLossTable.INSULATIONS, violations);
        oneOf("coreMaterial", q.coreMaterial(), TransformerLossTable.CORE_MATERIALS, violations);
    }

    private static void validateBoiler(EquipmentQuery q, List<Violation> violations) {
        if (blank(q.fuel())) {
            violations.add(new Violation("fuel", "required for a boiler; one of " + new TreeSet<>(FUELS)));
        } else {
            oneOf("fuel", q.fuel(), FUELS, violations);
        }
        positive("capacityTph", q.capacityTph(), violations);
    }

    /** Grading fields go together; with none of them, a model is needed so there is something to check. */
    private static void allOrNone(
            String[] fields, Object[] values, String purpose, String model, List<Violation> violations) {
        int given = 0;
        for (Object value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                given++;
            }
        }
        if (given == 0) {
            if (blank(model)) {
                violations.add(new Violation(
                        "model",
                        "give a model (elimination catalogue) or " + String.join(", ", fields) + " " + purpose));
            }
            return;
        }
        for (int i = 0; i < fields.length; i++) {
            if (values[i] == null || values[i] instanceof String s && s.isBlank()) {
                violations.add(new Violation(fields[i], "required " + purpose + " (given with the other fields)"));
            }
        }
    }

    private static void positive(String field, Double value, List<Violation> violations) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            violations.add(new Violation(field, "must be a positive number, was " + value));
        }
    }

    private static void oneOf(String field, String value, Set<String> allowed, List<Violation> violations) {
        if (value != null && !value.isBlank() && !allowed.contains(upper(value))) {
            violations.add(new Violation(field, "unknown value '" + value + "'; one of " + new TreeSet<>(allowed)));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }
}
