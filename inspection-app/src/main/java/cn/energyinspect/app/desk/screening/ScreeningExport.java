package cn.energyinspect.app.desk.screening;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.ExportedWorkbook;
import cn.energyinspect.app.time.BusinessTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** The screening results the list shows, as an Excel workbook (one row per unit, its signals by name). */
@Component
class ScreeningExport {
    /** The most results one export holds; a larger selection is refused naming the filters to narrow. */
    static final int CAP = 20_000;

    static final List<String> COLUMNS = List.of(
            "统一社会信用代码", "单位名称", "报告年度", "所在地区", "行业代码", "报送情况", "风险等级", "书面监察立案候选", "立案信号数", "提示信号数", "筛查信号", "书面监察案件");

    private final Screenings screenings;
    private final BusinessTime time;

    ScreeningExport(Screenings screenings, BusinessTime time) {
        this.screenings = screenings;
        this.time = time;
    }

    ExportedWorkbook export(Screenings.Filter filter, CurrentUser user) {
        List<Screenings.ScreeningView> rows = screenings.all(filter, user, CAP);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        SXSSFSheet sheet = workbook.createSheet("筛查结果");
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            header.createCell(i).setCellValue(COLUMNS.get(i));
        }
        int n = 1;
        for (Screenings.ScreeningView s : rows) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(s.uscc());
            row.createCell(1).setCellValue(s.enterpriseName());
            row.createCell(2).setCellValue(s.reportYear());
            row.createCell(3).setCellValue(s.regionName() == null ? s.regionCode() : s.regionName());
            row.createCell(4).setCellValue(s.industryCode());
            row.createCell(5).setCellValue(s.filingStatusLabel());
            row.createCell(6).setCellValue(s.riskClassLabel());
            row.createCell(7).setCellValue(s.caseCandidate() ? "是" : "否");
            row.createCell(8).setCellValue(s.caseSignals());
            row.createCell(9).setCellValue(s.flagSignals());
            row.createCell(10)
                    .setCellValue(
                            s.signals() == null
                                    ? ""
                                    : s.signals().stream()
                                            .map(Screenings.SignalView::name)
                                            .collect(Collectors.joining("；")));
            row.createCell(11).setCellValue(s.deskCaseNumber() == null ? "" : s.deskCaseNumber());
        }
        return new ExportedWorkbook(
                "书面监察筛查结果-" + time.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", workbook);
    }
}
