package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.penalty.Codes;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyPeriods;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.PenaltyKind;
import cn.energyinspect.rules.procedure.Procedure;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the review and the decision forms show the supervisor: the article with its fine range, the kinds of Art. 9 the
 * agency may impose, the penalty the 告知书 announced (the decision may not be heavier for the party's statement, Art.
 * 45), and the precedents — the agency's earlier decisions on the same article, for its discretion (Art. 34).
 */
@Component
public class DecisionForms {
    static final int PRECEDENTS = 20;

    private final PenaltyMapper penalties;
    private final PenaltyPeriods periods;

    DecisionForms(PenaltyMapper penalties, PenaltyPeriods periods) {
        this.penalties = penalties;
        this.periods = periods;
    }

    /** A kind of Art. 9 as the form offers it. */
    public record Kind(String code, String name, String hearing) {}

    /**
     * The article, its range (元) and source, the intended penalty, the precedents with their amounts.
     *
     * @param fineMinYuan {@code null} when the article sets no fine
     */
    public record Form(
            String articleCode,
            String article,
            String title,
            String authority,
            Long fineMinYuan,
            Long fineMaxYuan,
            String confidence,
            List<Kind> kinds,
            List<String> intendedKinds,
            Long intendedFineYuan,
            List<PenaltyParts.Precedent> precedents,
            Precedents precedentStats) {}

    /** Amounts of the precedents with a fine: how many, lowest, median, highest (元). */
    public record Precedents(int count, Long minYuan, Long medianYuan, Long maxYuan) {}

    public Form form(PenaltyRow row) {
        LawArticle article = Procedure.standard().article(row.articleCode()).orElseThrow();
        Basis basis = article.basis();
        List<Kind> kinds = periods.rules().kinds().stream()
                .filter(PenaltyKind::byAgency)
                .map(k -> new Kind(k.code(), k.name(), k.hearing().name()))
                .toList();
        List<PenaltyParts.Precedent> precedents =
                penalties.precedents(row.agencyId(), row.articleCode(), row.id(), PRECEDENTS);
        return new Form(
                article.code(),
                article.citation(),
                article.title(),
                article.authority() == null
                        ? null
                        : DisplayNames.of(
                                DisplayNames.Category.PENALTY_AUTHORITY,
                                article.authority().name()),
                article.fineMinYuan(),
                article.fineMaxYuan(),
                DisplayNames.of(
                        DisplayNames.Category.CONFIDENCE, basis.confidence().name()),
                kinds,
                Codes.split(row.intendedKinds()),
                row.intendedFineYuan(),
                precedents,
                stats(precedents));
    }

    static Precedents stats(List<PenaltyParts.Precedent> precedents) {
        List<Long> fines = precedents.stream()
                .map(PenaltyParts.Precedent::fineYuan)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        if (fines.isEmpty()) {
            return new Precedents(0, null, null, null);
        }
        int n = fines.size();
        long median = n % 2 == 1 ? fines.get(n / 2) : (fines.get(n / 2 - 1) + fines.get(n / 2)) / 2;
        return new Precedents(n, fines.getFirst(), median, fines.getLast());
    }
}
