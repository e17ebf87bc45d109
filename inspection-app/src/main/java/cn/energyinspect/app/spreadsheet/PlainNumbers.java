package cn.energyinspect.app.spreadsheet;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads a number cell as the number it holds ({@code 3200.5}, {@code 2025}), not as Excel displays it: a "0.0" format
 * or a column too narrow would otherwise round or turn it into {@code 3.2E+03}. Dates keep their display format.
 */
final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
