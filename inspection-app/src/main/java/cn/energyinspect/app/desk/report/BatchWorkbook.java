package cn.energyinspect.app.desk.report;

import cn.energyinspect.app.spreadsheet.SheetRow;
import cn.energyinspect.app.spreadsheet.UploadedSheet;
import cn.energyinspect.app.spreadsheet.XlsxStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A province's batch of reports for units that file elsewhere (the national reporting system's summary): one row per
 * unit with its main energies, up to five unit consumptions and its data-centre figures. Natural gas is counted with
 * the 气田天然气 reference coefficient of GB/T 2589-2008 (1.2143 kgce/m³, UNCONFIRMED) unless the unit files its own
 * report with a measured one.
 */
final class BatchWorkbook {
    static final String TEMPLATE_NAME = "能源利用状况报告批量导入模板.xlsx";
    static final String SHEET = "报告汇总";
    static final int PRODUCTS = 5;

    /** A column of energy: its title, the energy type and the unit its figures are in. */
    record EnergyColumn(String title, String energyType, String unit) {}

    static final List<EnergyColumn> ENERGY = List.of(
            new EnergyColumn("原煤（t）", "RAW_COAL", "t"),
            new EnergyColumn("洗精煤（t）", "WASHED_COAL", "t"),
            new EnergyColumn("焦炭（t）", "COKE", "t"),
            new EnergyColumn("燃料油（t）", "FUEL_OIL", "t"),
            new EnergyColumn("柴油（t）", "DIESEL", "t"),
            new EnergyColumn("天然气（万m³）", "NATURAL_GAS_GAS_FIELD", "10^4m3"),
            new EnergyColumn("电力（万kWh）", "ELECTRICITY", "10^4kWh"),
            new EnergyColumn("热力（GJ）", "HEAT", "GJ"),
            new EnergyColumn("蒸汽（t）", "STEAM", "t"));

    static final String USCC = "统一社会信用代码";
    static final String NAME = "单位名称";
    static final String DECLARED = "申报综合能源消费量（tce）";
    static final String MANAGER = "能源管理负责人已备案（是/否）";
    static final String AUDIT = "最近能源审计年份";
    static final String NON_FOSSIL = "非化石能源占比（%）";
    static final String PUE = "PUE";
    static final String RACKS = "标准机架数";
    static final String COMMISSIONED = "投产年份";

    static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(USCC, NAME, DECLARED));
        ENERGY.forEach(e -> columns.add(e.title()));
        columns.addAll(List.of(MANAGER, AUDIT, NON_FOSSIL));
        for (int n = 1; n <= PRODUCTS; n++) {
            columns.addAll(List.of("产品" + n, "指标" + n, "单位产品能耗" + n, "修正条件" + n));
        }
        columns.addAll(List.of(PUE, RACKS, COMMISSIONED));
        return columns;
    }

    /** One row of the batch: the unit and its report, or the problems of its cells. */
    record Line(int row, String uscc, ReportContent content, List<ReportWorkbook.CellProblem> problems) {}

    /** The batch's rows; a missing column refuses the whole file (the problems of row 1). */
    static List<Line> parse(UploadedSheet sheet) {
        ReportWorkbook.Cells header = new ReportWorkbook.Cells();
        Map<String, Integer> at = header.header(sheet, SHEET, columns());
        if (at == null) {
            return List.of(new Line(sheet.header().number(), null, null, header.problems));
        }
        List<Line> lines = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            ReportWorkbook.Cells cells = new ReportWorkbook.Cells();
            ReportWorkbook.Cells.Reader r = cells.row(SHEET, row, at);
            String uscc = r.text(USCC);
            if (uscc == null) {
                r.problem(USCC, "必填");
            }
            List<ReportContent.Energy> energy = new ArrayList<>();
            for (EnergyColumn e : ENERGY) {
                BigDecimal quantity = r.number(e.title());
                if (quantity != null && quantity.signum() != 0) {
                    energy.add(new ReportContent.Energy(e.energyType(), quantity, e.unit(), null));
                }
            }
            List<ReportContent.Product> products = new ArrayList<>();
            for (int n = 1; n <= PRODUCTS; n++) {
                if (r.text("产品" + n) == null && r.text("指标" + n) == null && r.text("单位产品能耗" + n) == null) {
                    continue;
                }
                String[] pi = r.indicator("产品" + n, "指标" + n);
                products.add(new ReportContent.Product(
                        pi[0],
                        pi[1],
                        r.number("单位产品能耗" + n),
                        ReportWorkbook.Catalogue.unit(pi[0], pi[1]),
                        null,
                        null,
                        r.conditions("修正条件" + n, pi[0], pi[1]),
                        null));
            }
            BigDecimal pue = r.number(PUE);
            Integer racks = r.integer(RACKS);
            Integer commissioned = r.integer(COMMISSIONED);
            ReportContent content = new ReportContent(
                    ReportContent.FORM_2008,
                    new ReportContent.Basic(
                            r.text(NAME), null, null, r.yesNo(MANAGER), r.integer(AUDIT), r.number(NON_FOSSIL), null),
                    energy,
                    "EQUIVALENT_VALUE",
                    null,
                    r.number(DECLARED),
                    List.of(),
                    null,
                    products,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    pue == null ? null : new ReportContent.DataCentre(pue, null, null, racks, commissioned));
            lines.add(new Line(row.number(), uscc, content, cells.problems));
        }
        return lines;
    }

    /** The column title of a report field, for a problem the validation finds in a batch line. */
    static String column(String field) {
        if (field.startsWith("basic.managerFiled")) {
            return MANAGER;
        }
        if (field.startsWith("basic.lastAuditYear")) {
            return AUDIT;
        }
        if (field.startsWith("basic.nonFossil")) {
            return NON_FOSSIL;
        }
        if (field.startsWith("declaredTotalTce")) {
            return DECLARED;
        }
        if (field.startsWith("dataCentre")) {
            return PUE;
        }
        var product =
                java.util.regex.Pattern.compile("^products\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (product.find()) {
            int n = Integer.parseInt(product.group(1)) + 1;
            return switch (product.group(2)) {
                case "value", "unit" -> "单位产品能耗" + n;
                case "conditions" -> "修正条件" + n;
                default -> "指标" + n;
            };
        }
        return null;
    }

    /** The column letter of a title in the template. */
    static String letter(String title) {
        return letter(columns(), title);
    }

    /** The column letter of a title in a file's header (its columns may be in another order than the template's). */
    static String letter(List<String> header, String title) {
        int i = title == null ? -1 : header.indexOf(title);
        return i < 0 ? null : CellReference.convertNumToColString(i);
    }

    /** The title of a column letter in a file's header, {@code null} beyond it. */
    static String title(List<String> header, String letter) {
        if (letter == null || letter.isEmpty()) {
            return null;
        }
        int i = CellReference.convertColStringToIndex(letter);
        return i < 0 || i >= header.size() ? null : header.get(i);
    }

    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = XlsxStyles.header(workbook);
            CellStyle text = XlsxStyles.format(workbook, "@");
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            List<String> columns = columns();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 256 * Math.max(12, columns.get(i).length() * 2 + 2));
            }
            sheet.setDefaultColumnStyle(0, text);
            sheet.createFreezePane(1, 1);
            Sheet help = workbook.createSheet(ReportWorkbook.HELP);
            Map<String, String> notes = new LinkedHashMap<>();
            notes.put("每行一个单位", "第 1 行为表头，数据从第 2 行开始；错误报告的行号、列号与 Excel 一致");
            notes.put("产品、指标", "填代码或中文名称（见企业报告模板的“填写说明”）；单位按指标确定");
            notes.put("天然气", "按 GB/T 2589-2008 气田天然气 1.2143 kgce/m³ 折算（待核实）；需实测热值的单位请单独报送");
            notes.put("已报送过的单位", "导入即为该单位报告的新版本，原因记为“省级批量导入”");
            int n = 0;
            for (var note : notes.entrySet()) {
                Row row = help.createRow(n++);
                row.createCell(0).setCellValue(note.getKey());
                row.createCell(1).setCellValue(note.getValue());
            }
            help.setColumnWidth(0, 256 * 20);
            help.setColumnWidth(1, 256 * 90);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the batch template", e);
        }
    }
}
