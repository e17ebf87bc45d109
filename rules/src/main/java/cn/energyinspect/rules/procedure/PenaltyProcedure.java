package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the penalty procedure (行政处罚) and of its credit record, as data with their sources: the kinds of penalty
 * ({@code procedure/penalty-kinds.csv}), its periods and rates ({@code penalty-periods.csv}), who may ask for a hearing
 * ({@code hearing-thresholds.csv}), the severity tier a record is given ({@code severity-tiers.csv}) and how long it is
 * published ({@code publication-periods.csv}). The fine ranges are the articles' ({@link Procedure#article}). Pure
 * functions: every date is passed in.
 */
public final class PenaltyProcedure {
    public static final String FINE = "FINE";

    public static final String STATEMENT_WORKING_DAYS = "PENALTY_STATEMENT_WORKING_DAYS";
    public static final String HEARING_REQUEST_WORKING_DAYS = "HEARING_REQUEST_WORKING_DAYS";
    public static final String HEARING_NOTICE_WORKING_DAYS = "HEARING_NOTICE_WORKING_DAYS";
    public static final String DECISION_NATURAL_DAYS = "DECISION_NATURAL_DAYS";
    public static final String DECISION_WARNING_NATURAL_DAYS = "DECISION_WARNING_NATURAL_DAYS";
    public static final String DECISION_SERVICE_WORKING_DAYS = "DECISION_SERVICE_WORKING_DAYS";
    public static final String PAYMENT_NATURAL_DAYS = "PAYMENT_NATURAL_DAYS";
    public static final String SURCHARGE_PERCENT_PER_DAY = "SURCHARGE_PERCENT_PER_DAY";
    public static final String CHALLENGE_MONTHS = "CHALLENGE_MONTHS";
    public static final String DEMAND_WORKING_DAYS = "DEMAND_WORKING_DAYS";
    public static final String COURT_APPLICATION_MONTHS = "COURT_APPLICATION_MONTHS";
    public static final String RECONSIDERATION_NATURAL_DAYS = "RECONSIDERATION_NATURAL_DAYS";
    public static final String LITIGATION_MONTHS = "LITIGATION_MONTHS";
    public static final String PUBLICATION_WORKING_DAYS = "PUBLICATION_WORKING_DAYS";
    public static final String PUBLICATION_ESCALATION_WORKING_DAYS = "PUBLICATION_ESCALATION_WORKING_DAYS";
    public static final String WITHDRAWAL_WORKING_DAYS = "WITHDRAWAL_WORKING_DAYS";
    public static final String REPAIR_DECISION_WORKING_DAYS = "REPAIR_DECISION_WORKING_DAYS";

    private static final String ANY = "*";
    private static final PenaltyProcedure STANDARD = load();

    private final Map<String, PenaltyKind> kinds;
    private final Map<String, StatutoryPeriod> periods;
    private final List<Threshold> thresholds;
    private final List<TierRow> tiers;
    private final List<WindowRow> windows;

    private PenaltyProcedure(
            Map<String, PenaltyKind> kinds,
            Map<String, StatutoryPeriod> periods,
            List<Threshold> thresholds,
            List<TierRow> tiers,
            List<WindowRow> windows) {
        this.kinds = kinds;
        this.periods = periods;
        this.thresholds = thresholds;
        this.tiers = tiers;
        this.windows = windows;
    }

    /** The procedure as the library's data files give it; loaded once, thread-safe. */
    public static PenaltyProcedure standard() {
        return STANDARD;
    }

    /** Who is being penalised, for the hearing threshold. */
    public enum PartyType {
        /** 法人及非法人组织, 个体工商户. */
        ORGANISATION,
        /** 自然人. */
        PERSON
    }

    /** The kinds of Art. 9, in the law's order. */
    public List<PenaltyKind> kinds() {
        return List.copyOf(kinds.values());
    }

    public Optional<PenaltyKind> kind(String code) {
        return Optional.ofNullable(kinds.get(code));
    }

    public StatutoryPeriod period(String code) {
        StatutoryPeriod period = periods.get(code);
        if (period == null) {
            throw new IllegalArgumentException("no penalty period loaded for " + code);
        }
        return period;
    }

    public List<StatutoryPeriod> periods() {
        return List.copyOf(periods.values());
    }

    /**
     * A proposed fine against its article: within the range (both ends inclusive); none proposed is always allowed; an
     * article without a range allows no fine.
     */
    public FineVerdict checkFine(LawArticle article, Long fineYuan) {
        Long min = article.fineMinYuan();
        Long max = article.fineMaxYuan();
        if (fineYuan == null) {
            return new FineVerdict(true, min, max, null, article.basis());
        }
        if (min == null || max == null) {
            return new FineVerdict(false, min, max, article.citation() + "未规定罚款", article.basis());
        }
        if (fineYuan < min || fineYuan > max) {
            return new FineVerdict(
                    false,
                    min,
                    max,
                    "罚款金额应在" + article.citation() + "规定的 " + min + " 元至 " + max + " 元之间",
                    article.basis());
        }
        return new FineVerdict(true, min, max, null, article.basis());
    }

    /**
     * Whether the intended penalty entitles the party to a hearing: a kind that always does, or a fine or confiscation
     * from the threshold of the region's longest matching row.
     *
     * @param regionCode the deciding agency's GB/T 2260 code
     * @param kindCodes the intended kinds
     * @param amountYuan the fine plus the confiscated amount, {@code null} for none
     */
    public HearingRight hearing(String regionCode, PartyType party, Collection<String> kindCodes, Long amountYuan) {
        List<String> reasons = new ArrayList<>();
        List<Basis> basis = new ArrayList<>();
        for (String code : kindCodes) {
            PenaltyKind kind = kindOrThrow(code);
            if (kind.hearing() == PenaltyKind.Hearing.ALWAYS) {
                reasons.add("拟作出" + kind.name());
                basis.add(kind.basis());
            } else if (kind.hearing() == PenaltyKind.Hearing.AMOUNT && amountYuan != null) {
                Threshold threshold = threshold(regionCode, party);
                if (amountYuan >= threshold.fromYuan()) {
                    reasons.add("拟" + kind.name() + " " + amountYuan + " 元，达到较大数额标准（" + threshold.fromYuan() + " 元起）");
                    basis.add(kind.basis());
                    basis.add(threshold.basis());
                }
            }
        }
        return new HearingRight(
                !reasons.isEmpty(), reasons, basis.stream().distinct().toList());
    }

    /** The 较大数额 threshold in force for a region and party, with its row. */
    public Threshold threshold(String regionCode, PartyType party) {
        return thresholds.stream()
                .filter(t -> t.party() == party && matches(t.region(), regionCode))
                .max(Comparator.comparingInt(t -> specificity(t.region())))
                .orElseThrow(() -> new IllegalStateException("no hearing threshold row for " + party));
    }

    /**
     * The tier the table suggests: the most severe of the rows matching the region, article, kinds and fine; {@link
     * SeverityTier#GENERAL} when none matches.
     */
    public SeverityTier suggestedTier(
            String regionCode, String articleCode, Collection<String> kindCodes, Long fineYuan) {
        return tiers.stream()
                .filter(t -> matches(t.region(), regionCode))
                .filter(t -> t.article().equals(ANY) || t.article().equals(articleCode))
                .filter(t -> kindCodes.contains(t.kind()))
                .filter(t -> !t.kind().equals(FINE) || fineYuan != null && t.covers(fineYuan))
                .map(TierRow::tier)
                .max(Comparator.naturalOrder())
                .orElse(SeverityTier.GENERAL);
    }

    /** The publication window of a record decided on {@code decidedOn} in {@code tier}, under the regime of that day. */
    public PublicationWindow window(LocalDate decidedOn, SeverityTier tier) {
        WindowRow row = windows.stream()
                .filter(w -> w.tier() == tier && w.basis().inForceOn(decidedOn))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no publication regime in force on " + decidedOn + " for tier " + tier));
        return new PublicationWindow(
                row.regime(),
                row.name(),
                tier,
                decidedOn,
                decidedOn.plusMonths(row.minMonths()),
                decidedOn.plusMonths(row.maxMonths()),
                row.optional(),
                row.basis());
    }

    /**
     * 加处罚款 accrued by {@code asOf}: the rate of {@code SURCHARGE_PERCENT_PER_DAY} (3 %) per day of the fine from the day after
     * {@code lastDayToPay}, capped at the fine (行政处罚法 Art. 72); days of a 复议 or 诉讼 are not counted (Art. 73).
     *
     * @param suspendedDays days of the period spent in 复议 or 诉讼
     */
    public Surcharge surcharge(long fineYuan, LocalDate lastDayToPay, LocalDate asOf, long suspendedDays) {
        StatutoryPeriod rate = period(SURCHARGE_PERCENT_PER_DAY);
        long days = Math.max(0, ChronoUnit.DAYS.between(lastDayToPay, asOf) - Math.max(0, suspendedDays));
        BigDecimal accrued = BigDecimal.valueOf(fineYuan)
                .multiply(BigDecimal.valueOf(rate.value()))
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal cap = BigDecimal.valueOf(fineYuan).setScale(2, RoundingMode.UNNECESSARY);
        boolean capped = accrued.compareTo(cap) >= 0;
        return new Surcharge(days, capped ? cap : accrued, capped, rate.basis());
    }

    /**
     * 加处罚款 at a date.
     *
     * @param days days counted
     * @param amountYuan the surcharge, in 元 to the fen
     * @param capped it reached the fine (and stops growing)
     */
    public record Surcharge(long days, BigDecimal amountYuan, boolean capped, Basis basis) {}

    /** A 较大数额 threshold row. */
    public record Threshold(String region, PartyType party, long fromYuan, Basis basis) {}

    private record TierRow(String region, String article, String kind, Long fromYuan, Long toYuan, SeverityTier tier) {
        boolean covers(long fine) {
            return (fromYuan == null || fine >= fromYuan) && (toYuan == null || fine <= toYuan);
        }
    }

    private record WindowRow(
            String regime,
            String name,
            SeverityTier tier,
            int minMonths,
            int maxMonths,
            boolean optional,
            Basis basis) {}

    private PenaltyKind kindOrThrow(String code) {
        PenaltyKind kind = kinds.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("unknown penalty kind " + code);
        }
        return kind;
    }

    private static boolean matches(String region, String regionCode) {
        return region.equals(ANY) || (regionCode != null && regionCode.startsWith(region));
    }

    private static int specificity(String region) {
        return region.equals(ANY) ? 0 : region.length();
    }

    private static PenaltyProcedure load() {
        Map<String, PenaltyKind> kinds = new LinkedHashMap<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/penalty-kinds.csv").rows()) {
            kinds.put(
                    row.get("code"),
                    new PenaltyKind(
                            row.get("code"),
                            row.get("name"),
                            row.get("feed_code"),
                            PenaltyKind.Hearing.valueOf(row.get("hearing")),
                            Boolean.parseBoolean(row.get("agency")),
                            row.basis()));
        }
        Map<String, StatutoryPeriod> periods = new LinkedHashMap<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/penalty-periods.csv").rows()) {
            periods.put(
                    row.get("code"),
                    new StatutoryPeriod(
                            row.get("code"),
                            Integer.parseInt(row.get("value")),
                            StatutoryPeriod.Unit.valueOf(row.get("unit")),
                            row.basis()));
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/hearing-thresholds.csv").rows()) {
            thresholds.add(new Threshold(
                    row.get("region"),
                    PartyType.valueOf(row.get("party_category")),
                    Long.parseLong(row.get("from_yuan")),
                    row.basis()));
        }
        List<TierRow> tiers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/severity-tiers.csv").rows()) {
            if (!kinds.containsKey(row.get("kind"))) {
                problems.add(row.where() + " names unknown kind " + row.get("kind"));
            }
            tiers.add(new TierRow(
                    row.get("region"),
                    row.get("article"),
                    row.get("kind"),
                    row.isBlank("fine_from_yuan") ? null : Long.valueOf(row.get("fine_from_yuan")),
                    row.isBlank("fine_to_yuan") ? null : Long.valueOf(row.get("fine_to_yuan")),
                    SeverityTier.valueOf(row.get("tier"))));
        }
        List<WindowRow> windows = new ArrayList<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/publication-periods.csv").rows()) {
            windows.add(new WindowRow(
                    row.get("regime"),
                    row.get("name"),
                    SeverityTier.valueOf(row.get("tier")),
                    Integer.parseInt(row.get("min_months")),
                    Integer.parseInt(row.get("max_months")),
                    row.get("published").equals("OPTIONAL"),
                    row.basis()));
        }
        for (PartyType party : PartyType.values()) {
            if (thresholds.stream()
                    .noneMatch(t -> t.party() == party && t.region().equals(ANY))) {
                problems.add("hearing-thresholds.csv has no default row for " + party);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("penalty procedure data is inconsistent: " + String.join("; ", problems));
        }
        return new PenaltyProcedure(
                java.util.Collections.unmodifiableMap(kinds),
                java.util.Collections.unmodifiableMap(periods),
                List.copyOf(thresholds),
                List.copyOf(tiers),
                List.copyOf(windows));
    }
}
