package cn.energyinspect.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Internal consistency of the shipped quota data, read from the files themselves: grades in order (all quota
 * indicators are "lower is better"), one unit family per indicator, no overlapping editions, public sources.
 */
class QuotaDataConsistencyTest {
    private static final DataTable LIMITS = DataTable.load("/rules/quota/limits.csv");
    private static final DataTable INDICATORS = DataTable.load("/rules/quota/indicators.csv");
    private static final DataTable CORRECTIONS = DataTable.load("/rules/quota/corrections.csv");

    /** product|indicator|standard|edition|variant → limits of grades 1..3 (null = "—"), and the anomaly tag. */
    private static Map<String, List<DataTable.Row>> rowsByTableRow() {
        Map<String, List<DataTable.Row>> rows = new LinkedHashMap<>();
        for (DataTable.Row row : LIMITS.rows()) {
            String key = row.get("product") + "|" + row.get("indicator") + "|" + row.get("standard") + "-"
                    + row.get("edition") + "|" + row.get("variant_range");
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return rows;
    }

    @Test
    void grade_1_is_at_most_grade_2_is_at_most_grade_3_unless_tagged_unconfirmed_for_exactly_that() {
        List<String> outOfOrder = new ArrayList<>();
        List<String> taggedButInOrder = new ArrayList<>();
        rowsByTableRow().forEach((key, rows) -> {
            Double[] limit = new Double[4];
            boolean tagged = false;
            for (DataTable.Row row : rows) {
                limit[Integer.parseInt(row.get("grade"))] = row.decimalOrNull("limit");
                if (row.get("anomaly").equals("GRADE_ORDER")) {
                    tagged = true;
                    assertThat(row.get("confidence")).as(row.where()).isEqualTo("UNCONFIRMED");
                }
            }
            boolean ordered = true;
            Double previous = null;
            for (int g = 1; g <= 3; g++) {
                if (limit[g] == null) {
                    continue;
                }
                if (previous != null && limit[g] < previous) {
                    ordered = false;
                }
                previous = limit[g];
            }
            if (!ordered && !tagged) {
                outOfOrder.add(key);
            }
            if (ordered && tagged) {
                taggedButInOrder.add(key);
            }
        });

        assertThat(outOfOrder)
                .as("limits out of grade order without the GRADE_ORDER tag")
                .isEmpty();
        assertThat(taggedButInOrder)
                .as("GRADE_ORDER tag on rows that are in order")
                .isEmpty();
    }

    @Test
    void exactly_the_four_gb_21258_rows_the_reference_flags_are_out_of_grade_order() {
        List<String> tagged = new ArrayList<>();
        for (DataTable.Row row : LIMITS.rows()) {
            if (row.get("anomaly").equals("GRADE_ORDER") && row.get("grade").equals("1")) {
                tagged.add(row.get("product"));
            }
        }

        assertThat(tagged)
                .containsExactly(
                        "COAL_POWER_SC_600MW",
                        "COAL_POWER_SC_300MW",
                        "COAL_POWER_SUBCRITICAL_600MW",
                        "COAL_POWER_SUBCRITICAL_300MW");
    }

    @ParameterizedTest(name = "indicator {0} is always in {1}")
    @CsvSource({
        "COMPREHENSIVE_ENERGY, 'kgce/t|kgce/m²|kgce/重量箱|kgce/Adt|kgoe/t'",
        "PROCESS_ENERGY, kgce/t",
        "COMPREHENSIVE_COAL, kgce/t",
        "COMPREHENSIVE_ELECTRICITY, kWh/t",
        "PREPARATION_ELECTRICITY, kWh/t",
        "SMELTING_ELECTRICITY, kWh/t",
        "FURNACE_ELECTRICITY, kWh/t",
        "ELECTRICITY, 'kWh/t|kWh/m²'",
        "LIQUID_ALUMINIUM_AC_POWER, kWh/t",
        "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER, kWh/t",
        "INGOT_COMPREHENSIVE_AC_POWER, kWh/t",
        "INGOT_COMPREHENSIVE_ENERGY, kgce/t",
        "COKE_CONSUMPTION, kg/t",
        "ENERGY_FACTOR_CONSUMPTION, kgoe/(t·能量因数)",
        "SUPPLY_COAL_RATE, gce/kWh",
        "HEAT_SUPPLY_COAL_RATE, kgce/GJ"
    })
    void units_are_consistent_per_indicator(String indicator, String units) {
        List<String> allowed = List.of(units.split("\\|"));
        List<String> seen = new ArrayList<>();
        for (DataTable.Row row : INDICATORS.rows()) {
            if (row.get("indicator").equals(indicator)) {
                seen.add(row.get("unit"));
            }
        }

        assertThat(seen).as("products graded on " + indicator).isNotEmpty().allMatch(allowed::contains);
    }

    @Test
    void every_indicator_code_has_a_declared_unit_family() {
        List<String> declared = List.of(
                "COMPREHENSIVE_ENERGY",
                "PROCESS_ENERGY",
                "COMPREHENSIVE_COAL",
                "COMPREHENSIVE_ELECTRICITY",
                "PREPARATION_ELECTRICITY",
                "SMELTING_ELECTRICITY",
                "FURNACE_ELECTRICITY",
                "ELECTRICITY",
                "LIQUID_ALUMINIUM_AC_POWER",
                "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER",
                "INGOT_COMPREHENSIVE_AC_POWER",
                "INGOT_COMPREHENSIVE_ENERGY",
                "COKE_CONSUMPTION",
                "ENERGY_FACTOR_CONSUMPTION",
                "SUPPLY_COAL_RATE",
                "HEAT_SUPPLY_COAL_RATE");

        assertThat(INDICATORS.rows()).allSatisfy(row -> assertThat(declared).contains(row.get("indicator")));
    }

    @Test
    void each_product_and_indicator_has_one_unit_and_every_limit_row_is_in_the_catalogue() {
        Map<String, String> units = new HashMap<>();
        for (DataTable.Row row : INDICATORS.rows()) {
            assertThat(units.put(row.get("product") + "/" + row.get("indicator"), row.get("unit")))
                    .as(row.where() + " duplicate")
                    .isNull();
        }
        for (DataTable.Row row : LIMITS.rows()) {
            assertThat(units).containsKey(row.get("product") + "/" + row.get("indicator"));
        }
    }

    @Test
    void editions_of_one_product_and_indicator_never_overlap_and_share_dates_within_an_edition() {
        // product|indicator → standard-edition → [from, to]
        Map<String, TreeMap<LocalDate, String>> starts = new HashMap<>();
        Map<String, LocalDate[]> ranges = new HashMap<>();
        for (DataTable.Row row : LIMITS.rows()) {
            String edition = row.get("standard") + "-" + row.get("edition");
            String key = row.get("product") + "/" + row.get("indicator") + "|" + edition;
            LocalDate[] range = {row.dateOrNull("effective_from"), row.dateOrNull("effective_to")};
            LocalDate[] known = ranges.putIfAbsent(key, range);
            if (known != null) {
                assertThat(known).as(row.where() + " dates within " + edition).containsExactly(range);
            }
            starts.computeIfAbsent(row.get("product") + "/" + row.get("indicator"), k -> new TreeMap<>())
                    .put(range[0], key);
        }
        starts.forEach((indicator, byStart) -> {
            LocalDate previousEnd = null;
            for (String key : byStart.values()) {
                LocalDate[] range = ranges.get(key);
                if (previousEnd != null) {
                    assertThat(range[0])
                            .as(key + " starts after the previous edition ends")
                            .isAfter(previousEnd);
                }
                previousEnd = range[1] == null ? LocalDate.MAX : range[1];
            }
        });
    }

    @Test
    void every_source_names_the_public_standard_table_and_transcription_never_internal_notes() {
        for (DataTable table : List.of(LIMITS, CORRECTIONS)) {
            for (DataTable.Row row : table.rows()) {
                String source = row.get("source");
                assertThat(source)
                        .as(row.where())
                        .startsWith(row.get("standard") + "-" + row.get("edition") + " ")
                        .contains("github.com/")
                        .doesNotContain("regulations.md", "standards-values", "programmes.md", "§", "code index");
            }
        }
    }
}
