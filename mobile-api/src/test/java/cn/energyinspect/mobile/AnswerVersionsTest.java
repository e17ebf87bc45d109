package cn.energyinspect.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerVersionsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode answer(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void an_answer_based_on_the_servers_version_is_stored() throws Exception {
        var outcome = AnswerVersions.compare(
                Map.of("A", answer("{\"value\":true}")),
                Map.of("A", 2),
                Map.of("A", new AnswerVersions.ServerAnswer(answer("{\"value\":false}"), 2, "insp1")),
                code -> code);

        assertThat(outcome.stale()).isFalse();
        assertThat(outcome.changed()).containsOnlyKeys("A");
    }

    @Test
    void an_answer_based_on_an_older_version_is_a_conflict_with_both_values() throws Exception {
        var outcome = AnswerVersions.compare(
                Map.of("A", answer("{\"value\":true}"), "B", answer("{\"text\":\"x\"}")),
                Map.of("A", 1, "B", 0),
                Map.of("A", new AnswerVersions.ServerAnswer(answer("{\"value\":false}"), 2, "insp2")),
                code -> "标签" + code);

        assertThat(outcome.stale()).isTrue();
        assertThat(outcome.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.itemCode()).isEqualTo("A");
            assertThat(c.label()).isEqualTo("标签A");
            assertThat(c.baseVersion()).isEqualTo(1);
            assertThat(c.serverVersion()).isEqualTo(2);
            assertThat(c.yours().path("value").asBoolean()).isTrue();
            assertThat(c.server().path("value").asBoolean()).isFalse();
            assertThat(c.serverAnsweredBy()).isEqualTo("insp2");
        });
        assertThat(outcome.changed()).containsOnlyKeys("B");
    }

    @Test
    void a_first_answer_to_an_item_answered_meanwhile_is_a_conflict_and_a_missing_base_counts_as_none()
            throws Exception {
        var server = Map.of("A", new AnswerVersions.ServerAnswer(answer("{\"value\":false}"), 1, "insp2"));

        assertThat(AnswerVersions.compare(Map.of("A", answer("{\"value\":true}")), Map.of(), server, c -> c)
                        .stale())
                .isTrue();
        assertThat(AnswerVersions.compare(Map.of("A", answer("{\"value\":true}")), null, server, c -> c)
                        .conflicts())
                .extracting(MobileModels.AnswerConflict::baseVersion)
                .containsExactly(0);
    }

    @Test
    void the_same_answer_as_the_servers_is_no_conflict_and_nothing_to_store() throws Exception {
        var outcome = AnswerVersions.compare(
                Map.of("A", answer("{\"value\":false}")),
                Map.of("A", 0),
                Map.of("A", new AnswerVersions.ServerAnswer(answer("{\"value\":false}"), 3, "insp2")),
                code -> code);

        assertThat(outcome.stale()).isFalse();
        assertThat(outcome.changed()).isEmpty();
    }
}
