package cn.energyinspect.app.spreadsheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles our workbooks share, so a template and an export look alike. */
public final class XlsxStyles {
    private XlsxStyles() {}

    /** Bold, for a header row. */
    public static CellStyle header(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** A number format, e.g. {@code @} (text) or {@code yyyy-mm-dd}. */
    public static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }
}
