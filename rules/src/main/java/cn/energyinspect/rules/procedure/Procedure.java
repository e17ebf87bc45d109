package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of procedure of a 节能监察 case, as data with their sources: the law's articles and what each kind of finding
 * rests on ({@code procedure/law-articles.csv}, {@code finding-consequences.csv}), the statutory periods and counts
 * ({@code periods.csv}), and who may be on a team ({@link TeamEligibility}). Every part of the system that needs one of
 * these asks here instead of spelling it out again.
 */
public final class Procedure {
    /** Codes of {@code periods.csv}. */
    public static final String NOTICE_DAYS_BEFORE_VISIT = "NOTICE_DAYS_BEFORE_VISIT";

    public static final String RECTIFICATION_NOTICE_SERVICE_DAYS = "RECTIFICATION_NOTICE_SERVICE_DAYS";
    public static final String RECTIFICATION_NOTICE_ESCALATION_DAYS = "RECTIFICATION_NOTICE_ESCALATION_DAYS";
    public static final String STATEMENT_WORKING_DAYS = "STATEMENT_WORKING_DAYS";
    public static final String MINIMUM_TEAM = "MINIMUM_TEAM";

    private static final Procedure STANDARD = load();

    private final Map<String, LawArticle> articles;
    private final Map<String, String> consequences;
    private final Map<String, StatutoryPeriod> periods;

    private Procedure(
            Map<String, LawArticle> articles, Map<String, String> consequences, Map<String, StatutoryPeriod> periods) {
        this.articles = Collections.unmodifiableMap(articles);
        this.consequences = Map.copyOf(consequences);
        this.periods = Collections.unmodifiableMap(periods);
    }

    /** The procedure as the library's data files give it; loaded once, thread-safe. */
    public static Procedure standard() {
        return STANDARD;
    }

    /** Every article, obligations first, in the order of the law. */
    public List<LawArticle> articles() {
        return List.copyOf(articles.values());
    }

    /** The obligations a finding may cite (for a manual finding's choice of article). */
    public List<LawArticle> obligations() {
        return articles.values().stream()
                .filter(a -> a.role() == LawArticle.Role.OBLIGATION)
                .toList();
    }

    public Optional<LawArticle> article(String code) {
        return Optional.ofNullable(articles.get(code));
    }

    /** The penalty article a referral for this obligation would rest on. */
    public Optional<LawArticle> penaltyOf(LawArticle obligation) {
        return Optional.ofNullable(obligation.penaltyCode()).map(articles::get);
    }

    /**
     * The obligation a finding of {@code kind} breaks ({@code OVER_QUOTA}, {@code ELIMINATED_EQUIPMENT}, {@code
     * BELOW_EFFICIENCY_LIMIT}).
     *
     * @throws IllegalArgumentException for a kind the data does not map (a finding of kind OTHER names its own)
     */
    public LawArticle obligationOf(String findingKind) {
        String code = consequences.get(findingKind);
        if (code == null) {
            throw new IllegalArgumentException("no legal consequence loaded for finding kind " + findingKind);
        }
        return articles.get(code);
    }

    public StatutoryPeriod period(String code) {
        StatutoryPeriod period = periods.get(code);
        if (period == null) {
            throw new IllegalArgumentException("no statutory period loaded for " + code);
        }
        return period;
    }

    public List<StatutoryPeriod> periods() {
        return List.copyOf(periods.values());
    }

    /** Who may be on a case's team, with the minimum team size of {@code periods.csv}. */
    public TeamEligibility teams() {
        return new TeamEligibility(period(MINIMUM_TEAM).value());
    }

    private static Procedure load() {
        Map<String, LawArticle> articles = new LinkedHashMap<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/law-articles.csv").rows()) {
            articles.put(
                    row.get("code"),
                    new LawArticle(
                            row.get("code"),
                            LawArticle.Role.valueOf(row.get("role")),
                            row.get("article"),
                            row.get("title"),
                            blankToNull(row.get("penalty")),
                            row.isBlank("authority") ? null : LawArticle.Authority.valueOf(row.get("authority")),
                            row.isBlank("fine_min_yuan") ? null : Long.valueOf(row.get("fine_min_yuan")),
                            row.isBlank("fine_max_yuan") ? null : Long.valueOf(row.get("fine_max_yuan")),
                            row.basis()));
        }
        List<String> problems = new ArrayList<>();
        articles.values().forEach(a -> {
            if (a.penaltyCode() != null && !articles.containsKey(a.penaltyCode())) {
                problems.add(a.code() + " names unknown penalty article " + a.penaltyCode());
            }
        });
        Map<String, String> consequences = new LinkedHashMap<>();
        for (DataTable.Row row :
                DataTable.load("/rules/procedure/finding-consequences.csv").rows()) {
            if (!articles.containsKey(row.get("obligation"))) {
                problems.add(row.where() + " names unknown article " + row.get("obligation"));
            }
            consequences.put(row.get("kind"), row.get("obligation"));
        }
        Map<String, StatutoryPeriod> periods = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load("/rules/procedure/periods.csv").rows()) {
            periods.put(
                    row.get("code"),
                    new StatutoryPeriod(
                            row.get("code"),
                            Integer.parseInt(row.get("value")),
                            StatutoryPeriod.Unit.valueOf(row.get("unit")),
                            row.basis()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("procedure data is inconsistent: " + String.join("; ", problems));
        }
        return new Procedure(articles, consequences, periods);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
