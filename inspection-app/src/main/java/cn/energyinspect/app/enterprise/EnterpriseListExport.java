package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.spreadsheet.SpreadsheetProperties;
import cn.energyinspect.app.spreadsheet.XlsxStyles;
import cn.energyinspect.app.time.BusinessTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise register as an Excel file: the same filters and jurisdiction as the list (one query for both), every
 * matching enterprise up to the export cap, with the industry's name from the dictionary.
 */
@Service
public class EnterpriseListExport {
    private static final String[] HEADERS = {
        "统一社会信用代码", "企业名称", "行政区划代码", "行政区划", "地址", "行业代码", "行业", "年综合能耗（tce）", "能耗年度", "重点用能单位", "联系人", "联系电话"
    };
    private static final int[] WIDTHS = {22, 36, 12, 14, 40, 10, 30, 16, 10, 12, 10, 16};
    private static final int CHUNK = 1000;

    private final EnterpriseRegister register;
    private final EnterpriseMapper enterprises;
    private final SpreadsheetProperties limits;
    private final BusinessTime time;

    EnterpriseListExport(
            EnterpriseRegister register,
            EnterpriseMapper enterprises,
            SpreadsheetProperties limits,
            BusinessTime time) {
        this.register = register;
        this.enterprises = enterprises;
        this.limits = limits;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public ExportedWorkbook export(EnterpriseRegister.Filter filter, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        EnterpriseQuery counted = register.query(filter, user, errors, 0, 1);
        long total = enterprises.count(counted);
        if (total > limits.maxExportRows()) {
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED,
                    "符合条件的企业有 " + total + " 家，超过单次导出上限 " + limits.maxExportRows() + " 家，请缩小筛选范围后再导出");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet("企业名录");
            CellStyle bold = XlsxStyles.header(workbook);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 256 * WIDTHS[i]);
            }
            sheet.createFreezePane(0, 1);
            int n = 1;
            for (int offset = 0; offset < total; offset += CHUNK) {
                for (EnterpriseRow e :
                        enterprises.list(register.query(filter, user, new ArrayList<>(), offset, CHUNK))) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(e.uscc());
                    row.createCell(1).setCellValue(e.name());
                    row.createCell(2).setCellValue(e.regionCode());
                    row.createCell(3).setCellValue(e.regionName() == null ? "" : e.regionName());
                    row.createCell(4).setCellValue(e.address() == null ? "" : e.address());
                    row.createCell(5).setCellValue(e.industryCode());
                    row.createCell(6).setCellValue(industryName(e.industryCode()));
                    if (e.annualEnergyTce() != null) {
                        row.createCell(7).setCellValue(e.annualEnergyTce().doubleValue());
                    }
                    if (e.energyYear() != null) {
                        row.createCell(8).setCellValue(e.energyYear());
                    }
                    row.createCell(9).setCellValue(e.keyEnergyUnit() ? "是" : "否");
                    row.createCell(10).setCellValue(e.contactName() == null ? "" : e.contactName());
                    row.createCell(11).setCellValue(e.contactPhone() == null ? "" : e.contactPhone());
                }
            }
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
        return new ExportedWorkbook(
                "企业名录-" + time.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", workbook);
    }

    /** The name of the longest known prefix of the code (class, division, section). */
    static String industryName(String code) {
        for (int length = code.length(); length >= 1; length--) {
            String prefix = code.substring(0, length);
            if (DisplayNames.knows(DisplayNames.Category.INDUSTRY, prefix)) {
                return DisplayNames.of(DisplayNames.Category.INDUSTRY, prefix);
            }
        }
        return "";
    }
}
