package cn.energyinspect.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.Confidence;
import cn.energyinspect.rules.procedure.TeamEligibility.Candidate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureTest {
    private static final Procedure PROCEDURE = Procedure.standard();
    private static final String USCC = "91330106MA2KXXXX1Q";
    private static final LocalDate VISIT = LocalDate.of(2026, 6, 8);

    @ParameterizedTest(name = "{0} breaks {1} and a referral rests on {2}")
    @CsvSource({"OVER_QUOTA, 第十六条, 第七十二条", "ELIMINATED_EQUIPMENT, 第十七条, 第七十一条", "BELOW_EFFICIENCY_LIMIT, 第十七条, 第七十条"})
    void each_finding_kind_rests_on_the_article_the_law_gives(String kind, String article, String penalty) {
        LawArticle obligation = PROCEDURE.obligationOf(kind);

        assertThat(obligation.article()).isEqualTo(article);
        assertThat(PROCEDURE.penaltyOf(obligation).orElseThrow().article()).isEqualTo(penalty);
        assertThat(obligation.basis().confidence()).isEqualTo(Confidence.LAW);
        assertThat(obligation.citation()).isEqualTo("《中华人民共和国节约能源法》" + article);
    }

    @Test
    void equipment_below_its_efficiency_limit_is_for_the_market_regulator_not_article_71() {
        LawArticle penalty = PROCEDURE
                .penaltyOf(PROCEDURE.obligationOf("BELOW_EFFICIENCY_LIMIT"))
                .orElseThrow();

        assertThat(penalty.article()).isNotEqualTo("第七十一条");
        assertThat(penalty.authority()).isEqualTo(LawArticle.Authority.MARKET);
    }

    @Test
    void article_83_fines_100000_to_300000_yuan() {
        LawArticle article = PROCEDURE.article("EL83").orElseThrow();

        assertThat(article.fineMinYuan()).isEqualTo(100_000L);
        assertThat(article.fineMaxYuan()).isEqualTo(300_000L);
        assertThat(article.authority()).isEqualTo(LawArticle.Authority.AGENCY);
    }

    @Test
    void the_obligations_list_every_article_a_manual_finding_may_cite_and_each_names_its_penalty() {
        assertThat(PROCEDURE.obligations())
                .extracting(LawArticle::code)
                .contains("EL16", "EL27", "EL53", "EL55")
                .doesNotContain("EL72", "EL84");
        PROCEDURE.obligations().forEach(o -> assertThat(PROCEDURE.penaltyOf(o)).isPresent());
    }

    @Test
    void a_kind_without_a_mapped_consequence_is_refused() {
        assertThatThrownBy(() -> PROCEDURE.obligationOf("OTHER")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_periods_carry_their_source_and_the_defaults_are_unconfirmed() {
        assertThat(PROCEDURE.period(Procedure.NOTICE_DAYS_BEFORE_VISIT).value()).isEqualTo(5);
        assertThat(PROCEDURE.period(Procedure.RECTIFICATION_NOTICE_SERVICE_DAYS).value())
                .isEqualTo(20);
        assertThat(PROCEDURE.period(Procedure.STATEMENT_WORKING_DAYS).unit())
                .isEqualTo(StatutoryPeriod.Unit.WORKING_DAYS);
        assertThat(PROCEDURE.period(Procedure.STATEMENT_WORKING_DAYS).unconfirmed())
                .isTrue();
        assertThat(PROCEDURE.period(Procedure.MINIMUM_TEAM).basis().clause()).isEqualTo("第四十二条");
    }

    @Test
    void a_team_needs_two_officers_of_the_agency_with_a_valid_certificate_and_no_declared_conflict() {
        TeamEligibility teams = PROCEDURE.teams();
        Candidate li = officer("li", "李伟", LocalDate.of(2029, 12, 31), Set.of());
        Candidate zhang = officer("zhang", "张敏", LocalDate.of(2029, 12, 31), Set.of());

        assertThat(teams.team(List.of(li, zhang), 12, USCC, VISIT).valid()).isTrue();
        assertThat(teams.team(List.of(li, li), 12, USCC, VISIT).problems()).containsExactly("监察组至少需要 2 名持有效执法证的监察员");
    }

    @Test
    void a_certificate_valid_until_the_visit_day_is_still_valid_that_day() {
        TeamEligibility teams = PROCEDURE.teams();

        assertThat(teams.check(officer("a", "甲", VISIT, Set.of()), 12, USCC, VISIT)
                        .eligible())
                .isTrue();
        assertThat(teams.check(officer("b", "乙", VISIT.minusDays(1), Set.of()), 12, USCC, VISIT)
                        .reasons())
                .containsExactly("行政执法证在 2026-06-08 已过期");
    }

    @Test
    void a_certificate_not_yet_in_force_on_the_visit_day_is_not_valid_that_day() {
        Candidate renewed =
                new Candidate("c", "丙", 12L, true, true, "证c", VISIT.plusDays(1), LocalDate.of(2031, 1, 1), Set.of());
        Candidate fromThatDay =
                new Candidate("d", "丁", 12L, true, true, "证d", VISIT, LocalDate.of(2031, 1, 1), Set.of());

        assertThat(PROCEDURE.teams().check(renewed, 12, USCC, VISIT).reasons())
                .containsExactly("行政执法证自 2026-06-09 起才生效");
        assertThat(PROCEDURE.teams().check(fromThatDay, 12, USCC, VISIT).eligible())
                .isTrue();
    }

    @Test
    void every_reason_an_officer_is_refused_is_named_by_display_name() {
        Candidate stranger = new Candidate("wang", "王五", 99L, false, false, null, null, Set.of(USCC));

        TeamEligibility.TeamVerdict verdict =
                PROCEDURE.teams().team(List.of(stranger, officer("li", "李伟", VISIT, Set.of())), 12, USCC, VISIT);

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problems()).containsExactly("王五：不是监察员、账号已停用、不属于本机构、没有行政执法证、已声明与该企业回避");
    }

    private static Candidate officer(String username, String name, LocalDate validUntil, Set<String> conflicts) {
        return new Candidate(username, name, 12L, true, true, "证" + username, validUntil, conflicts);
    }
}
