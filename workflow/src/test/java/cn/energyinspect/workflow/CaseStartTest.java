package cn.energyinspect.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.bpmn.SiteInspectionProcess.Defaults;
import cn.energyinspect.bpmn.SiteInspectionProcess.InspectionTypes;
import cn.energyinspect.bpmn.SiteInspectionProcess.Triggers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drawn team (双随机) is at least two distinct inspectors; without one the supervisors assign the team. */
class CaseStartTest {

    @Test
    void without_a_drawn_team_the_supervisors_assign_it() {
        CaseStart six = new CaseStart(1, "JC-1", 12, "USCC", Triggers.MANUAL, InspectionTypes.ON_SITE);
        CaseStart seven = new CaseStart(1, "JC-1", 12, "USCC", Triggers.MANUAL, InspectionTypes.ON_SITE, 5);
        CaseStart nullTeam = withTeam(null);

        assertThat(six.drawnTeam()).isEmpty();
        assertThat(six.statementWorkingDays()).isEqualTo(Defaults.STATEMENT_WORKING_DAYS);
        assertThat(seven.drawnTeam()).isEmpty();
        assertThat(seven.statementWorkingDays()).isEqualTo(5);
        assertThat(nullTeam.drawnTeam()).isEmpty();
        assertThat(List.of(six, seven, nullTeam)).noneMatch(CaseStart::teamDrawn);
    }

    @Test
    void a_drawn_team_of_two_distinct_inspectors_is_kept_and_cannot_change_afterwards() {
        List<String> names = new ArrayList<>(List.of("li.wei", "zhang.min"));
        CaseStart start = withTeam(names);
        names.add("wang.wu");

        assertThat(start.teamDrawn()).isTrue();
        assertThat(start.drawnTeam()).containsExactly("li.wei", "zhang.min");
        assertThatThrownBy(() -> start.drawnTeam().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void one_inspector_is_not_a_team() {
        assertThatThrownBy(() -> withTeam(List.of("li.wei")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2");
    }

    @Test
    void nobody_is_drawn_twice() {
        assertThatThrownBy(() -> withTeam(List.of("li.wei", "zhang.min", "li.wei")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> withTeam(List.of("li.wei", "li.wei"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_are_not_blank_and_carry_no_comma() {
        for (List<String> team : List.of(
                Arrays.asList("li.wei", null), List.of("li.wei", " "), List.of("li.wei", "zhang.min,wang.wu"))) {
            assertThatThrownBy(() -> withTeam(team)).as("%s", team).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static CaseStart withTeam(List<String> team) {
        return new CaseStart(1, "JC-1", 12, "USCC", Triggers.CAMPAIGN, InspectionTypes.ON_SITE, 3, team);
    }
}
