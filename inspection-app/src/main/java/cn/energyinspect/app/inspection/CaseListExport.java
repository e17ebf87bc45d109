package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.spreadsheet.SpreadsheetProperties;
import cn.energyinspect.app.spreadsheet.XlsxStyles;
import cn.energyinspect.app.time.BusinessTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list as an Excel file: the same filters and jurisdiction as {@code GET /api/v1/cases} (one query object
 * for both), every matching case up to a cap. Rows stream from the database into a streaming workbook that keeps only
 * a small window in memory; the transaction ends before the file goes to the client.
 */
@Service
public class CaseListExport {
    private static final Logger log = LoggerFactory.getLogger(CaseListExport.class);
    private static final String[] HEADERS = {
        "案件编号", "企业名称", "统一社会信用代码", "行政区划代码", "行政区划", "监察类型", "状态", "立案日期", "整改期限", "结案日期"
    };
    private static final int[] WIDTHS = {26, 36, 22, 14, 16, 12, 18, 12, 12, 12};
    /** Rows kept in memory while writing; the rest are flushed to a temporary file. */
    private static final int WINDOW = 200;

    private final InspectionCases cases;
    private final CaseMapper mapper;
    private final SpreadsheetProperties limits;
    private final BusinessTime time;

    CaseListExport(InspectionCases cases, CaseMapper mapper, SpreadsheetProperties limits, BusinessTime time) {
        this.cases = cases;
        this.mapper = mapper;
        this.limits = limits;
        this.time = time;
    }

    /** The workbook of every case the list would show for {@code filter} (its page and size aside). */
    @Transactional(readOnly = true)
    public ExportedWorkbook export(InspectionCases.Filter filter, CurrentUser user) {
        CaseQuery query = cases.scoped(filter, user, new ArrayList<>(), 0, limits.maxExportRows());
        long total = mapper.count(query);
        if (total > limits.maxExportRows()) {
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED,
                    "符合条件的案件有 " + total + " 件，超过单次导出上限 " + limits.maxExportRows() + " 件，请缩小筛选范围后再导出");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (Cursor<CaseExportRow> rows = mapper.exportRows(query)) {
            write(workbook, rows);
        } catch (IOException closing) {
            workbook.dispose();
            throw new UncheckedIOException(closing);
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
        log.info("I-CASE-EXPORT rows={} by={}", total, user.username());
        LocalDate today = time.today();
        return new ExportedWorkbook("监察案件-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", workbook);
    }

    private void write(SXSSFWorkbook workbook, Iterable<CaseExportRow> rows) {
        SXSSFSheet sheet = workbook.createSheet("监察案件");
        CellStyle bold = XlsxStyles.header(workbook);
        CellStyle date = XlsxStyles.format(workbook, "yyyy-mm-dd");
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            header.createCell(i).setCellValue(HEADERS[i]);
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 256 * WIDTHS[i]);
        }
        sheet.createFreezePane(0, 1);
        int n = 1;
        for (CaseExportRow c : rows) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(c.caseNumber());
            row.createCell(1).setCellValue(c.enterpriseName());
            row.createCell(2).setCellValue(c.enterpriseUscc());
            row.createCell(3).setCellValue(c.regionCode());
            row.createCell(4).setCellValue(c.regionName());
            row.createCell(5).setCellValue(c.inspectionType().mode().label());
            row.createCell(6).setCellValue(c.status().label());
            dateCell(row, 7, chinaDate(c.openedAt()), date);
            dateCell(row, 8, c.rectificationDeadline(), date);
            dateCell(row, 9, chinaDate(c.closedAt()), date);
        }
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private LocalDate chinaDate(Instant instant) {
        return instant == null ? null : time.dateOf(instant);
    }
}
