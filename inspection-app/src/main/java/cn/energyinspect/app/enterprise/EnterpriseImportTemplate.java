package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.spreadsheet.XlsxStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty import template: the header row on the first sheet (code columns pre-set to text, so Excel does not turn
 * a code into a number), and a second sheet explaining each column.
 */
final class EnterpriseImportTemplate {
    static final String FILE_NAME = "企业名录导入模板.xlsx";
    static final String SHEET = "企业名录";
    static final String EXPLANATIONS = "填写说明";

    private EnterpriseImportTemplate() {}

    static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = XlsxStyles.header(workbook);
            CellStyle text = XlsxStyles.format(workbook, "@");
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (EnterpriseColumn column : EnterpriseColumn.values()) {
                int i = column.ordinal();
                header.createCell(i).setCellValue(column.title());
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 256 * Math.max(14, column.title().length() * 2 + 4));
                if (isCode(column)) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(EXPLANATIONS);
            Row helpHeader = help.createRow(0);
            String[] titles = {"列名", "字段名（也可作表头）", "填写说明"};
            for (int i = 0; i < titles.length; i++) {
                helpHeader.createCell(i).setCellValue(titles[i]);
                helpHeader.getCell(i).setCellStyle(bold);
            }
            for (EnterpriseColumn column : EnterpriseColumn.values()) {
                Row row = help.createRow(column.ordinal() + 1);
                row.createCell(0).setCellValue(column.title());
                row.createCell(1).setCellValue(column.field());
                row.createCell(2).setCellValue(column.explanation());
            }
            int notes = EnterpriseColumn.values().length + 2;
            help.createRow(notes).createCell(0).setCellValue("第一个工作表的第 1 行为表头，数据从第 2 行开始；空行忽略。错误报告中的行号与 Excel 的行号一致。");
            help.createRow(notes + 1).createCell(0).setCellValue("导入只新增企业：已登记的统一社会信用代码、以及同一文件中重复的代码均报错。");
            help.setColumnWidth(0, 256 * 24);
            help.setColumnWidth(1, 256 * 22);
            help.setColumnWidth(2, 256 * 90);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the import template", e);
        }
    }

    private static boolean isCode(EnterpriseColumn column) {
        return switch (column) {
            case USCC, REGION_CODE, INDUSTRY_CODE, CONTACT_PHONE -> true;
            default -> false;
        };
    }
}
