package cn.energyinspect.app.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDateTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
        "2026-03-02, 2026-03-02",
        "2026-03-01T17:00:00Z, 2026-03-02",
        "2026-03-01T15:59:59.999Z, 2026-03-01",
        "2026-03-02T08:30:00+08:00, 2026-03-02",
        "not-a-date-at-all, not-a-date-at-all"
    })
    void instants_are_shown_as_the_date_in_china(String indexed, String shown) {
        assertThat(RecordSearch.businessDate(indexed, java.time.ZoneId.of("Asia/Shanghai")))
                .isEqualTo(shown);
    }
}
