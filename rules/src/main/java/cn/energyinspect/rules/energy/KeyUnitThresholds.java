package cn.energyinspect.rules.energy;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The two thresholds of 节约能源法 Art. 52, from key-unit-thresholds.csv. */
record KeyUnitThresholds(BigDecimal keyUnitTce, BigDecimal designatableTce, List<Basis> basis) {

    static KeyUnitThresholds load(String resource) {
        Map<String, DataTable.Row> rows = new HashMap<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            rows.put(row.get("threshold"), row);
        }
        DataTable.Row key = rows.get("KEY_UNIT");
        DataTable.Row designatable = rows.get("DESIGNATABLE");
        if (key == null || designatable == null) {
            throw new IllegalStateException(resource + ": needs rows KEY_UNIT and DESIGNATABLE");
        }
        List<Basis> basis = key.basis().equals(designatable.basis())
                ? List.of(key.basis())
                : List.of(key.basis(), designatable.basis());
        return new KeyUnitThresholds(
                new BigDecimal(key.get("min_tce")), new BigDecimal(designatable.get("min_tce")), basis);
    }

    KeyUnitVerdict classify(BigDecimal annualTce) {
        KeyUnitStatus status = annualTce.compareTo(keyUnitTce) >= 0
                ? KeyUnitStatus.YES
                : annualTce.compareTo(designatableTce) >= 0 ? KeyUnitStatus.IF_DESIGNATED : KeyUnitStatus.NO;
        return new KeyUnitVerdict(status, annualTce, keyUnitTce, designatableTce, basis);
    }
}
