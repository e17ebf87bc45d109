package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.DataTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Internal consistency of the shipped equipment tables, read from the files: grade 1 ≥ grade 2 ≥ grade 3 for
 * efficiencies and grade 1 ≤ grade 2 ≤ grade 3 for losses, specific power, PUE and the pump constant C; every grade given
 * once per row; public sources only.
 */
class EquipmentDataConsistencyTest {

    @ParameterizedTest(name = "{0}: {2} is {3}")
    @CsvSource({
        "motor-efficiency.csv, 'rated_kw,poles', min_efficiency_percent, HIGHER_IS_BETTER",
        "transformer-losses.csv, 'table,voltage_kv,insulation,core_material,tap_changer,rated_kva,loss,connection,insulation_class', max_loss_kw, LOWER_IS_BETTER",
        "fan-efficiency.csv, 'table,fan_type,pressure_coefficient_range,specific_speed_range,hub_ratio_range,machine_number_range', min_efficiency_percent, HIGHER_IS_BETTER",
        "pump-constants.csv, 'pump_type,flow_range', constant_c, LOWER_IS_BETTER",
        "compressor-specific-power.csv, 'table,compressor_type,rated_kw,pressure_mpa,cooling', max_specific_power, LOWER_IS_BETTER",
        "boiler-efficiency.csv, 'table,combustion,fuel,fuel_class,condensing,capacity_tph_range', min_efficiency_percent, HIGHER_IS_BETTER",
        "data-centre-pue.csv, '', max_ratio, LOWER_IS_BETTER"
    })
    void grades_are_in_order_and_given_once_per_row(
            String file, String keyColumns, String valueColumn, String direction) {
        DataTable table = DataTable.load("/rules/equipment/" + file);
        Map<String, Double[]> rows = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            StringBuilder key = new StringBuilder(row.get("standard") + "-" + row.get("edition"));
            for (String column : keyColumns.isEmpty() ? new String[0] : keyColumns.split(",")) {
                key.append('|').append(row.get(column));
            }
            Double[] grades = rows.computeIfAbsent(key.toString(), k -> new Double[] {null, null, null, null});
            int grade = Integer.parseInt(row.get("grade"));
            assertThat(grades[0] == null ? null : grades[grade])
                    .as(row.where() + " grade given twice")
                    .isNull();
            grades[grade] = row.decimalOrNull(valueColumn);
            grades[0] = 1.0; // seen
        }
        List<String> outOfOrder = new ArrayList<>();
        rows.forEach((key, g) -> {
            Double previous = null;
            for (int i = 1; i <= 3; i++) {
                if (g[i] == null) {
                    continue;
                }
                if (previous != null && (direction.equals("HIGHER_IS_BETTER") ? g[i] > previous : g[i] < previous)) {
                    outOfOrder.add(key);
                }
                previous = g[i];
            }
        });

        assertThat(rows).isNotEmpty();
        assertThat(outOfOrder).as("rows whose grades are out of order").isEmpty();
    }

    @ParameterizedTest(name = "{0} names public sources only")
    @CsvSource({
        "motor-efficiency.csv",
        "transformer-losses.csv",
        "fan-efficiency.csv",
        "pump-formula.csv",
        "pump-constants.csv",
        "compressor-specific-power.csv",
        "boiler-efficiency.csv",
        "data-centre-pue.csv",
        "scope.csv",
        "editions.csv",
        "legal-consequences.csv"
    })
    void every_source_is_public_never_an_internal_note(String file) {
        for (DataTable.Row row : DataTable.load("/rules/equipment/" + file).rows()) {
            assertThat(row.get("source"))
                    .as(row.where())
                    .isNotBlank()
                    .doesNotContain("regulations.md", "standards-values", "programmes.md", "§", "brief");
            if (!row.get("confidence").equals("LAW") && !file.equals("legal-consequences.csv")) {
                assertThat(row.get("source"))
                        .as(row.where())
                        .startsWith(row.get("standard") + "-" + row.get("edition"));
            }
        }
    }
}
