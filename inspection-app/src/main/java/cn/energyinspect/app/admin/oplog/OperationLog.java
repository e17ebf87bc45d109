package cn.energyinspect.app.admin.oplog;

import cn.energyinspect.app.admin.AdminScope;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.spreadsheet.SpreadsheetProperties;
import cn.energyinspect.app.spreadsheet.XlsxStyles;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.RegionCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operation log for auditors and administrators: the audit trail (every change of a record, with the client
 * address it came from) and the security events (logins, account actions), of the reader's region, searchable by
 * source, actor (login or name), action and dates, and exportable to Excel. Read-only: both tables are append-only.
 */
@Service
public class OperationLog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OperationLogMapper mapper;
    private final AdminScope scope;
    private final BusinessTime time;
    private final SpreadsheetProperties limits;

    OperationLog(OperationLogMapper mapper, AdminScope scope, BusinessTime time, SpreadsheetProperties limits) {
        this.mapper = mapper;
        this.scope = scope;
        this.time = time;
        this.limits = limits;
    }

    /** The filter as the API takes it. */
    public record Filter(String source, String actor, String action, LocalDate from, LocalDate to) {}

    public record Page(List<OperationRow> items, int page, int size, long totalItems) {}

    @Transactional(readOnly = true)
    public Page search(Filter filter, int page, int size, CurrentUser reader) {
        Paging.require(page, size, Paging.MAX_SIZE);
        OperationLogMapper.OperationQuery query = query(filter, reader, Paging.offset(page, size), size);
        return new Page(mapper.search(query), page, size, mapper.count(query));
    }

    @Transactional(readOnly = true)
    public ExportedWorkbook export(Filter filter, CurrentUser reader) {
        OperationLogMapper.OperationQuery query = query(filter, reader, 0, limits.maxExportRows());
        long total = mapper.count(query);
        if (total > limits.maxExportRows()) {
            throw Refusal.invalid("from", "符合条件的记录有 " + total + " 条，超过单次导出上限 " + limits.maxExportRows() + " 条，请缩小日期范围");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try (Cursor<OperationRow> rows = mapper.export(query)) {
            write(workbook, rows);
        } catch (IOException closing) {
            workbook.dispose();
            throw new UncheckedIOException(closing);
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
        return new ExportedWorkbook(
                "操作日志-" + time.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", workbook);
    }

    private OperationLogMapper.OperationQuery query(Filter filter, CurrentUser reader, int offset, int size) {
        scope.requireAuditReader(reader);
        List<FieldError> errors = new ArrayList<>();
        if (filter.source() != null
                && !filter.source().equals("AUDIT")
                && !filter.source().equals("SECURITY")) {
            errors.add(new FieldError("source", "须为 AUDIT 或 SECURITY"));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.add(new FieldError("to", "结束日期不能早于开始日期"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return new OperationLogMapper.OperationQuery(
                RegionCodes.prefix(reader.regionCode()),
                filter.source(),
                blankToNull(filter.actor()),
                blankToNull(filter.action()),
                filter.from() == null ? null : time.startOf(filter.from()),
                filter.to() == null ? null : time.startOf(filter.to().plusDays(1)),
                offset,
                size);
    }

    private void write(SXSSFWorkbook workbook, Iterable<OperationRow> rows) {
        SXSSFSheet sheet = workbook.createSheet("操作日志");
        CellStyle bold = XlsxStyles.header(workbook);
        String[] headers = {"时间", "来源", "操作人", "姓名", "操作", "对象", "案件", "来源地址", "内容"};
        int[] widths = {20, 8, 20, 12, 22, 28, 8, 16, 60};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 256 * widths[i]);
        }
        sheet.createFreezePane(0, 1);
        int n = 1;
        for (OperationRow op : rows) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(time.local(op.at()).format(STAMP));
            row.createCell(1).setCellValue("AUDIT".equals(op.source()) ? "业务审计" : "安全审计");
            row.createCell(2).setCellValue(op.actor());
            row.createCell(3).setCellValue(op.actorName() == null ? "" : op.actorName());
            row.createCell(4).setCellValue(actionName(op));
            row.createCell(5).setCellValue(op.subject() == null ? "" : op.subject());
            if (op.caseId() != null) {
                row.createCell(6).setCellValue(op.caseId());
            }
            row.createCell(7).setCellValue(op.clientAddress() == null ? "" : op.clientAddress());
            row.createCell(8).setCellValue(op.detail() == null ? "" : op.detail());
        }
    }

    private static String actionName(OperationRow op) {
        return DisplayNames.knows(DisplayNames.Category.AUDIT_ACTION, op.action())
                ? DisplayNames.of(DisplayNames.Category.AUDIT_ACTION, op.action())
                : op.action();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
