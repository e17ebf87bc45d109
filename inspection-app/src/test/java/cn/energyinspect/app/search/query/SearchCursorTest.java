package cn.energyinspect.app.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchCursorTest {

    @Test
    void a_cursor_round_trips_the_sort_values_of_its_sort_mode() {
        String relevance = SearchCursor.encode(Sorting.RELEVANCE, List.of(3.25, 1767225600000L, "FINDING:12"));
        String date = SearchCursor.encode(Sorting.DATE, List.of(Long.MIN_VALUE, "CASE:3"));

        assertThat(SearchCursor.decode(relevance, Sorting.RELEVANCE))
                .containsExactly(3.25, 1767225600000L, "FINDING:12");
        assertThat(SearchCursor.decode(date, Sorting.DATE)).containsExactly(Long.MIN_VALUE, "CASE:3");
        assertThat(relevance).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_cursor_of_the_other_sort_mode_is_refused() {
        String date = SearchCursor.encode(Sorting.DATE, List.of(1L, "CASE:3"));

        assertThatThrownBy(() -> SearchCursor.decode(date, Sorting.RELEVANCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage!",
                "bm90IGpzb24",
                "W10",
                "{\"s\":\"DATE\",\"v\":[\"x\",\"CASE:1\"]}",
                "{\"s\":\"DATE\",\"v\":[1.5,\"CASE:1\"]}",
                "{\"s\":\"DATE\",\"v\":[1,2]}",
                "{\"s\":\"DATE\",\"v\":[1,\"CASE:1\",3]}",
                "{\"s\":\"DATE\",\"v\":[99999999999999999999,\"CASE:1\"]}",
                "{\"s\":\"DATE\",\"v\":{\"script\":1}}",
                "{\"v\":[1,\"CASE:1\"]}"
            })
    void a_forged_cursor_is_refused(String forged) {
        String cursor = forged.startsWith("{")
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                : forged;

        assertThatThrownBy(() -> SearchCursor.decode(cursor, Sorting.DATE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
