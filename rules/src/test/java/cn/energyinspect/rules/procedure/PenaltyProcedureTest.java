package cn.energyinspect.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.procedure.PenaltyProcedure.PartyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyProcedureTest {
    private static final PenaltyProcedure PENALTY = PenaltyProcedure.standard();
    private static final Procedure PROCEDURE = Procedure.standard();

    @ParameterizedTest(name = "article 83: {0} yuan allowed = {1}")
    @CsvSource({"99999, false", "100000, true", "200000, true", "300000, true", "300001, false"})
    void article_83_allows_fines_from_100000_to_300000_yuan_both_ends_included(long fine, boolean allowed) {
        FineVerdict verdict = PENALTY.checkFine(PROCEDURE.article("EL83").orElseThrow(), fine);

        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.minYuan()).isEqualTo(100_000L);
        assertThat(verdict.maxYuan()).isEqualTo(300_000L);
        if (!allowed) {
            assertThat(verdict.message()).contains("100000 元至 300000 元", "第八十三条");
        }
    }

    @Test
    void article_72_sets_no_fine_so_none_may_be_proposed_on_it() {
        LawArticle closure = PROCEDURE.article("EL72").orElseThrow();

        assertThat(PENALTY.checkFine(closure, 50_000L).allowed()).isFalse();
        assertThat(PENALTY.checkFine(closure, 50_000L).message()).contains("未规定罚款");
        assertThat(PENALTY.checkFine(closure, null).allowed()).isTrue();
    }

    @Test
    void the_kinds_are_the_fourteen_of_article_9_in_the_feed_codes() {
        assertThat(PENALTY.kinds()).hasSize(14);
        assertThat(PENALTY.kind("FINE").orElseThrow().name()).isEqualTo("罚款");
        assertThat(PENALTY.kind("FINE").orElseThrow().feedCode()).isEqualTo("02");
        assertThat(PENALTY.kind("DETENTION").orElseThrow().byAgency())
                .as("行政拘留 only by the police")
                .isFalse();
        assertThat(PENALTY.kind("WARNING").orElseThrow().basis().clause()).isEqualTo("第九条第一项");
    }

    @Test
    void until_a_province_sets_its_threshold_every_fine_offers_a_hearing_and_says_the_threshold_is_unconfirmed() {
        HearingRight right = PENALTY.hearing("330106", PartyType.ORGANISATION, List.of("FINE"), 10_000L);

        assertThat(right.offered()).isTrue();
        assertThat(right.reasons()).singleElement().asString().contains("较大数额");
        assertThat(right.basis()).anyMatch(b -> b.confidence() == Confidence.UNCONFIRMED);
    }

    @Test
    void a_warning_alone_gives_no_hearing_a_closure_always_does() {
        assertThat(PENALTY.hearing("330106", PartyType.ORGANISATION, List.of("WARNING"), null)
                        .offered())
                .isFalse();
        HearingRight closure = PENALTY.hearing("330106", PartyType.ORGANISATION, List.of("CLOSE_DOWN"), null);
        assertThat(closure.offered()).isTrue();
        assertThat(closure.reasons()).containsExactly("拟作出责令关闭");
    }

    @Test
    void an_unknown_kind_is_refused() {
        assertThatThrownBy(() -> PENALTY.hearing("330106", PartyType.ORGANISATION, List.of("CANING"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} with fine {1} → {2}")
    @CsvSource({"WARNING, , LIGHT", "FINE, 150000, GENERAL", "FINE;REVOKE_LICENCE, 150000, SERIOUS", "OTHER, , GENERAL"
    })
    void the_severity_table_suggests_the_gravest_matching_tier(String kinds, Long fine, SeverityTier tier) {
        assertThat(PENALTY.suggestedTier("330106", "EL83", List.of(kinds.split(";")), fine))
                .isEqualTo(tier);
    }

    @Test
    void order_36_general_decided_2026_05_06_may_be_repaired_from_2026_08_06_and_stops_on_2027_05_06() {
        PublicationWindow window = PENALTY.window(LocalDate.of(2026, 5, 6), SeverityTier.GENERAL);

        assertThat(window.regime()).isEqualTo("L36");
        assertThat(window.repairFrom()).isEqualTo(LocalDate.of(2026, 8, 6));
        assertThat(window.publicUntil()).isEqualTo(LocalDate.of(2027, 5, 6));
        assertThat(window.optional()).isFalse();
        assertThat(window.publishedOn(LocalDate.of(2027, 5, 6))).isTrue();
        assertThat(window.publishedOn(LocalDate.of(2027, 5, 7))).isFalse();
    }

    @Test
    void case_52_rebased_order_58_general_decided_2026_03_02_repair_from_2026_06_02_stop_2029_03_02() {
        PublicationWindow window = PENALTY.window(LocalDate.of(2026, 3, 2), SeverityTier.GENERAL);

        assertThat(window.regime()).isEqualTo("L58");
        assertThat(window.repairFrom()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(window.publicUntil()).isEqualTo(LocalDate.of(2029, 3, 2));
    }

    @Test
    void notice_527_serious_decided_2023_04_30_publishes_six_months_to_three_years() {
        PublicationWindow window = PENALTY.window(LocalDate.of(2023, 4, 30), SeverityTier.SERIOUS);

        assertThat(window.regimeName()).isEqualTo("发改办财金〔2019〕527号");
        assertThat(window.repairFrom()).isEqualTo(LocalDate.of(2023, 10, 30));
        assertThat(window.publicUntil()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void order_36_light_is_published_only_if_needed_at_most_three_months_serious_one_to_three_years() {
        PublicationWindow light = PENALTY.window(LocalDate.of(2026, 4, 1), SeverityTier.LIGHT);
        PublicationWindow serious = PENALTY.window(LocalDate.of(2026, 4, 1), SeverityTier.SERIOUS);

        assertThat(light.optional()).isTrue();
        assertThat(light.repairFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(light.publicUntil()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(serious.repairFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(serious.publicUntil()).isEqualTo(LocalDate.of(2029, 4, 1));
    }

    @Test
    void a_decision_before_2019_has_no_regime() {
        assertThatThrownBy(() -> PENALTY.window(LocalDate.of(2018, 12, 31), SeverityTier.GENERAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void surcharge_is_three_percent_of_the_fine_a_day_from_the_day_after_the_last_day_and_never_more_than_the_fine() {
        LocalDate lastDay = LocalDate.of(2026, 10, 13);

        assertThat(PENALTY.surcharge(100_000, lastDay, lastDay, 0).amountYuan()).isEqualByComparingTo("0");
        PenaltyProcedure.Surcharge oneDay = PENALTY.surcharge(100_000, lastDay, LocalDate.of(2026, 10, 14), 0);
        assertThat(oneDay.days()).isEqualTo(1);
        assertThat(oneDay.amountYuan()).isEqualByComparingTo(new BigDecimal("3000"));
        PenaltyProcedure.Surcharge late = PENALTY.surcharge(100_000, lastDay, LocalDate.of(2026, 11, 20), 0);
        assertThat(late.capped()).isTrue();
        assertThat(late.amountYuan()).isEqualByComparingTo(new BigDecimal("100000"));
        assertThat(PENALTY.surcharge(100_000, lastDay, LocalDate.of(2026, 10, 24), 10)
                        .days())
                .as("复议 days are not counted")
                .isEqualTo(1);
    }

    @Test
    void the_periods_carry_their_source_hearing_5_working_days_by_law_statement_3_unconfirmed() {
        StatutoryPeriod hearing = PENALTY.period(PenaltyProcedure.HEARING_REQUEST_WORKING_DAYS);
        assertThat(hearing.value()).isEqualTo(5);
        assertThat(hearing.unit()).isEqualTo(StatutoryPeriod.Unit.WORKING_DAYS);
        assertThat(hearing.basis().confidence()).isEqualTo(Confidence.LAW);
        assertThat(PENALTY.period(PenaltyProcedure.STATEMENT_WORKING_DAYS).unconfirmed())
                .isTrue();
        assertThat(PENALTY.period(PenaltyProcedure.PUBLICATION_WORKING_DAYS).value())
                .isEqualTo(7);
        assertThat(PENALTY.period(PenaltyProcedure.WITHDRAWAL_WORKING_DAYS)
                        .basis()
                        .clause())
                .isEqualTo("第四十八条");
        assertThat(PENALTY.period(PenaltyProcedure.PAYMENT_NATURAL_DAYS).unit())
                .isEqualTo(StatutoryPeriod.Unit.NATURAL_DAYS);
        assertThat(PENALTY.period(PenaltyProcedure.CHALLENGE_MONTHS).unit()).isEqualTo(StatutoryPeriod.Unit.MONTHS);
    }
}
