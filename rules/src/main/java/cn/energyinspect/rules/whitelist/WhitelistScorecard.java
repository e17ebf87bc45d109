package cn.energyinspect.rules.whitelist;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 白名单 scorecard: weights and bands from weights.csv and bands.csv; the method is in package-info.java.
 * Immutable and thread-safe.
 */
public final class WhitelistScorecard {
    private static final String DATA = "/rules/whitelist/";

    private record Weight(double value, Basis basis) {}

    /** A band: an enum name, or a numeric lower bound (inclusive) when {@code name} is blank. */
    private record Band(String name, Double lowerBound, double points, boolean excludes, Basis basis) {}

    private final Map<Criterion, Weight> weights;
    private final Map<Criterion, List<Band>> bands;
    private final Weight passMark;

    private WhitelistScorecard(Map<Criterion, Weight> weights, Map<Criterion, List<Band>> bands, Weight passMark) {
        this.weights = weights;
        this.bands = bands;
        this.passMark = passMark;
    }

    private static final class Standard {
        static final WhitelistScorecard INSTANCE = load(DATA + "weights.csv", DATA + "bands.csv");
    }

    public static WhitelistScorecard standard() {
        return Standard.INSTANCE;
    }

    /**
     * This scorecard with a province's own weights and pass mark (a provincial setting, never a hidden constant); the
     * bands stay. Each overridden value carries {@code basis}, normally the province's setting, UNCONFIRMED until the
     * province confirms it.
     *
     * @throws IllegalArgumentException when a criterion has no weight or the weights do not sum to 100
     */
    public WhitelistScorecard withWeights(
            Map<Criterion, Double> provinceWeights, double provincePassMark, Basis basis) {
        Map<Criterion, Weight> replaced = new EnumMap<>(Criterion.class);
        double sum = 0;
        for (Criterion criterion : Criterion.values()) {
            Double value = provinceWeights.get(criterion);
            if (value == null || value < 0) {
                throw new IllegalArgumentException("no weight for " + criterion);
            }
            replaced.put(criterion, new Weight(value, basis));
            sum += value;
        }
        if (Math.abs(sum - 100) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 100, were " + sum);
        }
        return new WhitelistScorecard(replaced, bands, new Weight(provincePassMark, basis));
    }

    static WhitelistScorecard load(String weightsResource, String bandsResource) {
        Map<Criterion, Weight> weights = new EnumMap<>(Criterion.class);
        Weight passMark = null;
        for (DataTable.Row row : DataTable.load(weightsResource).rows()) {
            Weight weight = new Weight(row.decimal("value"), row.basis());
            if (row.get("item").equals("PASS_MARK")) {
                passMark = weight;
            } else {
                weights.put(Criterion.valueOf(row.get("item")), weight);
            }
        }
        double sum = 0;
        for (Criterion criterion : Criterion.values()) {
            if (!weights.containsKey(criterion)) {
                throw new IllegalStateException(weightsResource + ": no weight for " + criterion);
            }
            sum += weights.get(criterion).value();
        }
        if (Math.abs(sum - 100) > 1e-9 || passMark == null) {
            throw new IllegalStateException(weightsResource + ": weights must sum to 100 and PASS_MARK be set");
        }
        Map<Criterion, List<Band>> bands = new EnumMap<>(Criterion.class);
        for (DataTable.Row row : DataTable.load(bandsResource).rows()) {
            Band band = new Band(
                    row.get("band"),
                    row.decimalOrNull("lower_bound"),
                    row.decimal("points"),
                    Boolean.parseBoolean(row.get("excludes")),
                    row.basis());
            bands.computeIfAbsent(Criterion.valueOf(row.get("criterion")), k -> new ArrayList<>())
                    .add(band);
        }
        Map<Criterion, List<Band>> frozen = new EnumMap<>(Criterion.class);
        bands.forEach((criterion, list) -> {
            // numeric bands highest bound first, so the first reached is the band
            list.sort((a, b) -> Double.compare(
                    b.lowerBound() == null ? 0 : b.lowerBound(), a.lowerBound() == null ? 0 : a.lowerBound()));
            frozen.put(criterion, List.copyOf(list));
        });
        return new WhitelistScorecard(weights, frozen, passMark);
    }

    /**
     * Scores an application.
     *
     * @throws InvalidInputException listing every missing or out-of-range field
     */
    public WhitelistAssessment assess(WhitelistApplication application) {
        validate(application);
        double productivity = application.valueAddedTenThousandYuan() / application.energyConsumptionTce();
        // nine decimals: 2.4 / 2.0 must land on the 1.2 band edge, not a hair below it
        double relative = round(productivity / application.referenceEnergyProductivity(), 9);
        List<Contribution> contributions = List.of(
                named(Criterion.UNIT_CONSUMPTION, application.unitConsumption().name()),
                numeric(
                        Criterion.ENERGY_PRODUCTIVITY,
                        relative,
                        round(relative, 3) + " × reference (" + round(productivity, 3) + " vs "
                                + application.referenceEnergyProductivity() + " 万元/tce)"),
                named(Criterion.CHAIN_POSITION, application.chainPosition().name()),
                numeric(
                        Criterion.GREEN_LOW_CARBON,
                        application.greenPowerSharePercent(),
                        application.greenPowerSharePercent() + " % green power"));
        double total = 0;
        boolean excluded = false;
        List<String> reasons = new ArrayList<>();
        List<Basis> basis = new ArrayList<>();
        for (Contribution contribution : contributions) {
            total += contribution.score();
            excluded |= contribution.excludes();
            reasons.add(contribution.criterion() + ": " + contribution.input() + " → band " + contribution.band() + ", "
                    + contribution.points() + " points × weight " + contribution.weight() + " % = "
                    + contribution.score());
            if (contribution.excludes()) {
                reasons.add(contribution.criterion() + " band " + contribution.band()
                        + " bars the application whatever the total");
            }
            basis.add(weights.get(contribution.criterion()).basis());
            basis.add(contribution.basis());
        }
        total = round(total, 6);
        basis.add(passMark.basis());
        boolean recommended = !excluded && total >= passMark.value();
        reasons.add("total " + total + (total >= passMark.value() ? " ≥ " : " < ") + "pass mark " + passMark.value()
                + (recommended ? ": recommended" : ": not recommended"));
        boolean unconfirmed = false;
        List<Basis> distinct = new ArrayList<>();
        for (Basis b : basis) {
            unconfirmed |= b.unconfirmed();
            if (!distinct.contains(b)) {
                distinct.add(b);
            }
        }
        if (unconfirmed) {
            reasons.add(
                    "scorecard weights and bands are UNCONFIRMED defaults (no official formula): verify before use");
        }
        return new WhitelistAssessment(
                recommended ? WhitelistAssessment.Verdict.RECOMMENDED : WhitelistAssessment.Verdict.NOT_RECOMMENDED,
                total,
                passMark.value(),
                contributions,
                reasons,
                distinct,
                unconfirmed);
    }

    private Contribution named(Criterion criterion, String value) {
        for (Band band : bands.getOrDefault(criterion, List.of())) {
            if (band.name().equals(value)) {
                return contribution(criterion, value, value, band);
            }
        }
        throw new IllegalStateException("bands.csv has no " + criterion + " band " + value);
    }

    private Contribution numeric(Criterion criterion, double value, String input) {
        for (Band band : bands.getOrDefault(criterion, List.of())) {
            if (band.lowerBound() != null && value >= band.lowerBound()) {
                return contribution(criterion, input, "≥ " + band.lowerBound(), band);
            }
        }
        throw new IllegalStateException("bands.csv has no " + criterion + " band for " + value);
    }

    private Contribution contribution(Criterion criterion, String input, String bandLabel, Band band) {
        double weight = weights.get(criterion).value();
        return new Contribution(
                criterion,
                input,
                bandLabel,
                band.points(),
                weight,
                round(band.points() * weight / 100, 6),
                band.excludes(),
                band.basis());
    }

    private static void validate(WhitelistApplication a) {
        if (a == null) {
            throw InvalidInputException.of("", "a white-list application is required");
        }
        List<Violation> violations = new ArrayList<>();
        if (a.unitConsumption() == null) {
            violations.add(
                    new Violation("unitConsumption", "required: AT_OR_BELOW_BENCHMARK, BETWEEN or ABOVE_BASELINE"));
        }
        positive("valueAddedTenThousandYuan", a.valueAddedTenThousandYuan(), violations);
        positive("energyConsumptionTce", a.energyConsumptionTce(), violations);
        positive("referenceEnergyProductivity", a.referenceEnergyProductivity(), violations);
        if (a.chainPosition() == null) {
            violations.add(new Violation("chainPosition", "required: CHAIN_LEADER, KEY_SUPPORTING or GENERAL"));
        }
        Double share = a.greenPowerSharePercent();
        if (share == null) {
            violations.add(new Violation("greenPowerSharePercent", "required"));
        } else if (!(share >= 0 && share <= 100)) {
            violations.add(new Violation("greenPowerSharePercent", "must be between 0 and 100, was " + share));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void positive(String field, Double value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "required"));
        } else if (!(value > 0 && Double.isFinite(value))) {
            violations.add(new Violation(field, "must be a positive number, was " + value));
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
