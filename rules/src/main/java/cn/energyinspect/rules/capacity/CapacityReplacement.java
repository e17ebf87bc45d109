package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.basis.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Capacity replacement (产能置换) for steel, cement clinker and flat glass: the facade behind {@code POST
 * /api/v1/checks/capacity-replacement}. Immutable and thread-safe; its data is read once. See package-info.java for
 * the method.
 */
public final class CapacityReplacement {
    private static final String DATA = "/rules/capacity/";
    /** Relative tolerance so that a plan exactly at the ratio passes despite binary rounding (1.1 × 1,000,000). */
    private static final double TOLERANCE = 1e-12;

    private final RegionLists regions;
    private final RatioTable ratios;
    private final Flags flags;
    private final ProcessTypes processTypes;
    private final ProcedureRules procedure;

    private CapacityReplacement(
            RegionLists regions, RatioTable ratios, Flags flags, ProcessTypes processTypes, ProcedureRules procedure) {
        this.regions = regions;
        this.ratios = ratios;
        this.flags = flags;
        this.processTypes = processTypes;
        this.procedure = procedure;
    }

    private static final class Standard {
        static final CapacityReplacement INSTANCE;

        static {
            RegionLists regions = RegionLists.load(DATA + "regions.csv");
            INSTANCE = new CapacityReplacement(
                    regions,
                    RatioTable.load(DATA + "ratios.csv", regions),
                    Flags.load(DATA + "flags.csv", regions),
                    ProcessTypes.load(DATA + "process-types.csv", regions),
                    ProcedureRules.load(DATA + "procedure.csv"));
        }
    }

    /** The check with the data files shipped in this library. */
    public static CapacityReplacement standard() {
        return Standard.INSTANCE;
    }

    /**
     * Decides a replacement plan.
     *
     * @throws InvalidInputException listing every malformed field: unknown industry, process type or flag, malformed
     *     region code, non-positive capacity, missing date
     */
    public CapacityReplacementResult check(CapacityReplacementRequest request) {
        Industry industry = validate(request);
        CapacityReplacementResult result = decide(request, industry);
        return withProcedure(request, industry, result);
    }

    /**
     * Adds the rules of procedure in force on the plan's date: a suspension overrides the decision with {@code
     * SUSPENDED} (its reason first, the ratio still computed below it); a cross-province plan that needs a hearing and
     * the whole-line rule are reported as reasons ({@code HEARING_REQUIRED}, {@code WHOLE_LINE_ONLY}).
     */
    private CapacityReplacementResult withProcedure(
            CapacityReplacementRequest request, Industry industry, CapacityReplacementResult result) {
        LocalDate date = request.date();
        List<Reason> reasons = new ArrayList<>(result.reasons().size() + 3);
        ProcedureRules.Rule suspended = procedure.find(industry, ProcedureRules.SUSPENDED, date);
        if (suspended != null) {
            reasons.add(new Reason("REPLACEMENT_SUSPENDED", suspended.message(), suspended.basis()));
        }
        reasons.addAll(result.reasons());
        ProcedureRules.Rule hearing = procedure.find(industry, ProcedureRules.HEARING_IF_CROSS_PROVINCE, date);
        if (hearing != null && crossProvince(request)) {
            reasons.add(new Reason("HEARING_REQUIRED", hearing.message(), hearing.basis()));
        }
        ProcedureRules.Rule whole = procedure.find(industry, ProcedureRules.WHOLE_LINE_ONLY, date);
        if (whole != null && !request.exitCapacities().isEmpty()) {
            reasons.add(new Reason("WHOLE_LINE_ONLY", whole.message(), whole.basis()));
        }
        if (reasons.size() == result.reasons().size()) {
            return result;
        }
        return new CapacityReplacementResult(
                suspended != null ? Decision.SUSPENDED : result.decision(),
                result.requiredRatio(),
                result.actualRatio(),
                result.minimumExitCapacity(),
                result.eligibleExitCapacity(),
                result.newCapacity(),
                reasons,
                unconfirmed(reasons));
    }

    private static boolean crossProvince(CapacityReplacementRequest request) {
        String province = RegionCodes.provinceOf(request.regionCode());
        for (ExitCapacity exit : request.exitCapacities()) {
            if (!RegionCodes.provinceOf(exit.regionCode()).equals(province)) {
                return true;
            }
        }
        return false;
    }

    private CapacityReplacementResult decide(CapacityReplacementRequest request, Industry industry) {
        String region = request.regionCode();
        LocalDate date = request.date();
        double newCapacity = request.newCapacity();
        List<Reason> reasons = new ArrayList<>(8);

        RatioTable.Found normal = ratios.find(industry, RatioTable.NORMAL, region, date, regions);
        if (normal == null) {
            reasons.add(new Reason(
                    "NO_EDITION_LOADED",
                    "no " + industry + " replacement ratios are loaded for " + date + " (loaded rules start "
                            + ratios.earliest(industry) + "); decide by the rules then in force",
                    null));
            return undecided(newCapacity, reasons);
        }

        String baseCase = RatioTable.NORMAL;
        String processType = request.processType();
        if (processType != null && !processType.isBlank()) {
            List<ProcessTypes.ProcessType> types = processTypes.find(industry, processType.trim(), date);
            for (int i = 0; i < types.size(); i++) {
                ProcessTypes.ProcessType type = types.get(i);
                switch (type.treatment()) {
                    case EXEMPT -> {
                        if (type.maxNewCapacity() == null || newCapacity <= type.maxNewCapacity()) {
                            reasons.add(new Reason("EXEMPT_" + type.processType(), type.message(), type.basis()));
                            return exempt(newCapacity, reasons);
                        }
                        reasons.add(new Reason(
                                "NOT_EXEMPT_ABOVE_THRESHOLD",
                                "new capacity " + newCapacity + " exceeds " + type.maxNewCapacity()
                                        + " so the exemption" + " does not apply: " + type.message(),
                                type.basis()));
                    }
                    case CASE_BY_CASE -> {
                        reasons.add(new Reason("CASE_BY_CASE", type.message(), type.basis()));
                        return undecided(newCapacity, reasons);
                    }
                    case EQUAL -> {
                        RegionLists.Region in =
                                type.regionList().isEmpty() ? null : regions.find(type.regionList(), region);
                        if (type.regionList().isEmpty() || in != null) {
                            baseCase = RatioTable.EQUAL;
                            reasons.add(new Reason("EQUAL_REPLACEMENT", type.message(), type.basis()));
                        } else if (type.reviewOutsideList()) {
                            reasons.add(new Reason(
                                    "REGION_LIST_INCOMPLETE",
                                    type.message() + "; " + region + " is not among the provinces loaded and the"
                                            + " list is incomplete: an inspector must decide",
                                    type.basis()));
                            return undecided(newCapacity, reasons);
                        }
                    }
                    case NORMAL -> reasons.add(new Reason("NORMAL_REPLACEMENT", type.message(), type.basis()));
                }
            }
        }
        if (baseCase.equals(RatioTable.NORMAL)) {
            List<ProcessTypes.ProcessType> anyTypes = processTypes.find(industry, ProcessTypes.ANY, date);
            for (int i = 0; i < anyTypes.size(); i++) {
                ProcessTypes.ProcessType type = anyTypes.get(i);
                RegionLists.Region in = regions.find(type.regionList(), region);
                if (type.treatment() == ProcessTypes.Treatment.EQUAL && in != null) {
                    baseCase = RatioTable.EQUAL;
                    reasons.add(new Reason("EQUAL_REPLACEMENT", type.message(), in.basis()));
                }
            }
        }

        RatioTable.Found base =
                baseCase.equals(RatioTable.NORMAL) ? normal : ratios.find(industry, baseCase, region, date, regions);
        if (base == null) {
            reasons.add(new Reason("NO_EDITION_LOADED", "no " + baseCase + " ratio loaded for " + industry, null));
            return undecided(newCapacity, reasons);
        }
        reasons.add(regionReason(industry, region, normal));

        boolean reject = projectConditions(request, industry, reasons);

        double eligible = 0;
        double coverage = 0;
        double uniformRatio = Double.NaN;
        boolean mixed = false;
        boolean ineligible = false;
        List<ExitCapacity> exits = request.exitCapacities();
        for (int i = 0; i < exits.size(); i++) {
            ExitCapacity exit = exits.get(i);
            double capacity = exit.capacity();
            RatioTable.Found ratio = base;
            boolean excluded = false;
            List<String> exitFlags = exit.flags();
            for (int f = 0; f < exitFlags.size(); f++) {
                String name = Flags.normalise(exitFlags.get(f));
                Flags.Flag flag = flags.find(name, Flags.EXIT, industry, date);
                if (flag == null) {
                    reasons.add(notInForce(name, i, date));
                    continue;
                }
                switch (flag.effect()) {
                    case INELIGIBLE -> {
                        excluded = true;
                        reasons.add(new Reason(
                                "INELIGIBLE_EXIT_CAPACITY",
                                "exitCapacities[" + i + "] (" + capacity + ") " + name + ": " + flag.message()
                                        + "; excluded, and the plan is rejected whatever the ratio",
                                flag.basis()));
                    }
                    case RATIO_CASE -> ratio = caseRatio(industry, flag, ratio, base, region, date, i, reasons);
                    default -> {}
                }
            }
            if (excluded) {
                ineligible = true;
                continue;
            }
            if (!RegionCodes.provinceOf(exit.regionCode()).equals(RegionCodes.provinceOf(region))) {
                RatioTable.Found cross = ratios.find(industry, RatioTable.CROSS_PROVINCE, region, date, regions);
                if (cross != null && cross.ratio().ratio() > ratio.ratio().ratio()) {
                    ratio = cross;
                    reasons.add(new Reason(
                            "CROSS_PROVINCE_RATIO",
                            "exitCapacities[" + i + "] lies in another province (" + exit.regionCode() + "): at least "
                                    + cross.ratio().ratio() + ":1",
                            cross.ratio().basis()));
                }
            }
            double r = ratio.ratio().ratio();
            if (Double.isNaN(uniformRatio)) {
                uniformRatio = r;
            } else if (uniformRatio != r) {
                mixed = true;
            }
            eligible += capacity;
            coverage += capacity / r;
        }

        double required = eligible == 0 ? base.ratio().ratio() : mixed ? round(eligible / coverage) : uniformRatio;
        double actual = eligible / newCapacity;
        double minimumExit = round(newCapacity * required);
        boolean ratioMet = eligible > 0 && coverage >= newCapacity * (1 - TOLERANCE);
        Basis ratioBasis = base.ratio().basis();
        if (ratioMet) {
            reasons.add(new Reason(
                    "RATIO_MET",
                    "eligible exit " + eligible + " : new " + newCapacity + " = " + round(actual) + " ≥ required "
                            + required + (mixed ? " (blended)" : ""),
                    ratioBasis));
        } else {
            reasons.add(new Reason(
                    "RATIO_BELOW_REQUIRED",
                    "eligible exit " + eligible + " : new " + newCapacity + " = " + round(actual) + " < required "
                            + required + (mixed ? " (blended)" : "") + "; minimum exit capacity " + minimumExit,
                    ratioBasis));
        }
        Decision decision = ratioMet && !ineligible && !reject ? Decision.PASS : Decision.REJECT;
        return new CapacityReplacementResult(
                decision, required, actual, minimumExit, eligible, newCapacity, reasons, unconfirmed(reasons));
    }

    private RatioTable.Found caseRatio(
            Industry industry,
            Flags.Flag flag,
            RatioTable.Found current,
            RatioTable.Found base,
            String region,
            LocalDate date,
            int index,
            List<Reason> reasons) {
        RatioTable.Found found = ratios.find(industry, flag.ratioCase(), region, date, regions);
        if (found == null) {
            return current;
        }
        boolean isMerger = flag.ratioCase().equals(RatioTable.MERGER);
        // Merger replaces the normal ratio (it only ever lowers it); other cases are floors. Equal replacement stays.
        boolean applies = isMerger
                ? base.ratio().ratioCase().equals(RatioTable.NORMAL)
                : found.ratio().ratio() > current.ratio().ratio();
        if (!applies) {
            return current;
        }
        reasons.add(new Reason(
                flag.ratioCase() + "_RATIO",
                "exitCapacities[" + index + "] " + flag.flag() + ": " + flag.message() + " ("
                        + found.ratio().ratio() + ":1)",
                found.ratio().basis()));
        return found;
    }

    /** Project-level conditions; returns whether one of them rejects the plan. */
    private boolean projectConditions(CapacityReplacementRequest request, Industry industry, List<Reason> reasons) {
        boolean reject = false;
        List<String> names = request.projectFlags();
        for (int f = 0; f < names.size(); f++) {
            String name = Flags.normalise(names.get(f));
            Flags.Flag flag = flags.find(name, Flags.PROJECT, industry, request.date());
            if (flag == null) {
                reasons.add(notInForce(name, -1, request.date()));
                continue;
            }
            switch (flag.effect()) {
                case REJECT_IF_CROSS_PROVINCE -> {
                    String province = RegionCodes.provinceOf(request.regionCode());
                    List<ExitCapacity> exits = request.exitCapacities();
                    for (int i = 0; i < exits.size(); i++) {
                        if (!RegionCodes.provinceOf(exits.get(i).regionCode()).equals(province)) {
                            reject = true;
                            reasons.add(new Reason(
                                    name,
                                    flag.message() + ": exitCapacities[" + i + "] lies in "
                                            + exits.get(i).regionCode(),
                                    flag.basis()));
                            break;
                        }
                    }
                }
                case REJECT_IN_REGION_LIST -> {
                    RegionLists.Region in = regions.find(flag.regionList(), request.regionCode());
                    if (in != null) {
                        reject = true;
                        reasons.add(new Reason(name, flag.message() + " (" + in.name() + ")", flag.basis()));
                        reasons.add(new Reason("REGION_LISTED", in.name() + " is in " + flag.regionList(), in.basis()));
                    }
                }
                default -> {}
            }
        }
        return reject;
    }

    private static Reason regionReason(Industry industry, String region, RatioTable.Found normal) {
        if (normal.keyRegion() != null) {
            RegionLists.Region key = normal.keyRegion();
            return new Reason(
                    "KEY_REGION",
                    region + " lies in " + key.name() + " (" + key.group() + "), a key air-pollution region for "
                            + industry + ": normal ratio " + normal.ratio().ratio() + ":1",
                    key.basis());
        }
        return new Reason(
                "OTHER_REGION",
                region + " is not in the " + industry + " key-region list: normal ratio "
                        + normal.ratio().ratio() + ":1",
                normal.ratio().basis());
    }

    private static Reason notInForce(String name, int index, LocalDate date) {
        String where = index < 0 ? "project flag " : "exitCapacities[" + index + "] flag ";
        return new Reason("FLAG_NOT_IN_FORCE", where + name + " has no effect on " + date, null);
    }

    private static CapacityReplacementResult exempt(double newCapacity, List<Reason> reasons) {
        return new CapacityReplacementResult(
                Decision.EXEMPT, null, null, null, 0, newCapacity, reasons, unconfirmed(reasons));
    }

    private static CapacityReplacementResult undecided(double newCapacity, List<Reason> reasons) {
        return new CapacityReplacementResult(
                Decision.REVIEW, null, null, null, 0, newCapacity, reasons, unconfirmed(reasons));
    }

    private static boolean unconfirmed(List<Reason> reasons) {
        for (int i = 0; i < reasons.size(); i++) {
            Basis basis = reasons.get(i).basis();
            if (basis != null && basis.unconfirmed()) {
                return true;
            }
        }
        return false;
    }

    /** Six decimals: removes binary noise from products such as 1,200,000 × 1.1 without hiding real differences. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private Industry validate(CapacityReplacementRequest r) {
        if (r == null) {
            throw InvalidInputException.of("", "a capacity-replacement request is required");
        }
        List<Violation> violations = new ArrayList<>(2);
        Industry industry = Industry.parse(r.industry());
        if (industry == null) {
            violations.add(new Violation(
                    "industry",
                    (r.industry() == null ? "required" : "unknown industry '" + r.industry() + "'") + "; one of "
                            + Arrays.toString(Industry.values())));
        }
        region("regionCode", r.regionCode(), violations);
        positive("newCapacity", r.newCapacity(), violations);
        if (r.date() == null) {
            violations.add(new Violation("date", "required: the plan's date selects the edition of the rules"));
        }
        List<ExitCapacity> exits = r.exitCapacities();
        for (int i = 0; i < exits.size(); i++) {
            ExitCapacity exit = exits.get(i);
            String field = "exitCapacities[" + i + "]";
            if (exit == null) {
                violations.add(new Violation(field, "must not be null"));
                continue;
            }
            positive(field + ".capacity", exit.capacity(), violations);
            region(field + ".regionCode", exit.regionCode(), violations);
            if (industry != null) {
                for (int f = 0; f < exit.flags().size(); f++) {
                    String name = Flags.normalise(exit.flags().get(f));
                    if (name == null || !flags.known(name, Flags.EXIT, industry)) {
                        violations.add(new Violation(
                                field + ".flags[" + f + "]",
                                "unknown flag '" + exit.flags().get(f) + "' for " + industry + "; one of "
                                        + flags.names(Flags.EXIT, industry)));
                    }
                }
            }
        }
        if (industry != null) {
            for (int f = 0; f < r.projectFlags().size(); f++) {
                String name = Flags.normalise(r.projectFlags().get(f));
                if (name == null || !flags.known(name, Flags.PROJECT, industry)) {
                    violations.add(new Violation(
                            "projectFlags[" + f + "]",
                            "unknown project flag '" + r.projectFlags().get(f) + "' for " + industry + "; one of "
                                    + flags.names(Flags.PROJECT, industry)));
                }
            }
            String processType = r.processType();
            if (processType != null && !processType.isBlank() && !processTypes.known(industry, processType.trim())) {
                violations.add(new Violation(
                        "processType",
                        "unknown process type '" + processType + "' for " + industry + "; one of "
                                + processTypes.names(industry) + " or none for the normal case"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return industry;
    }

    private static void region(String field, String code, List<Violation> violations) {
        if (code == null) {
            violations.add(new Violation(field, "required: a six-digit GB/T 2260 code"));
        } else if (!RegionCodes.isWellFormed(code)) {
            violations.add(new Violation(field, "'" + code + "' is not a well-formed six-digit GB/T 2260 code"));
        }
    }

    private static void positive(String field, Double value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "required"));
        } else if (!(value > 0 && Double.isFinite(value))) {
            violations.add(new Violation(field, "must be a positive number, was " + value));
        }
    }
}
