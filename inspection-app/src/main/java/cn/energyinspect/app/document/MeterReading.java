package cn.energyinspect.app.document;

import java.math.BigDecimal;

/**
 * A meter reading taken on site.
 *
 * @param meter the instrument and where it is, e.g. 1号总进线电能表（编号DB-001）
 * @param value the reading as read, printed with {@link BigDecimal#toPlainString()}
 * @param unit unit, e.g. kW·h, m³, t
 * @param remark anything else (calibration label, time of reading), or {@code null}
 */
public record MeterReading(String meter, BigDecimal value, String unit, String remark) {

    public MeterReading {
        Check.text(meter, "计量器具（meter）");
        Check.present(value, "读数（value）");
        Check.text(unit, "单位（unit）");
        Check.optionalText(remark, "备注（remark）");
    }
}
