package cn.energyinspect.app.desk.report;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.spreadsheet.SheetRow;
import cn.energyinspect.app.spreadsheet.UploadedSheet;
import cn.energyinspect.app.spreadsheet.XlsxStyles;
import cn.energyinspect.rules.energy.EnergyAccounting;
import cn.energyinspect.rules.energy.EnergyTypeInfo;
import cn.energyinspect.rules.equipment.EquipmentType;
import cn.energyinspect.rules.quota.QuotaCondition;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaIndicator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook, one sheet per table of the form. Codes may be given as codes or as the Chinese names
 * the 填写说明 sheet lists; a cell that is not what its column needs (a number that is not a number, an unknown name) is
 * named by sheet, row and column, and nothing is taken from a workbook with such a cell.
 */
final class ReportWorkbook {
    static final String TEMPLATE_NAME = "能源利用状况报告模板.xlsx";
    static final String BASIC = "表1 基本情况";
    static final String ENERGY = "表2 能源消费";
    static final String USES = "表2-1 分用途";
    static final String BALANCE = "表3 能源平衡";
    static final String PRODUCTS = "表4 单位产品能耗";
    static final String EQUIPMENT = "表8 主要耗能设备";
    static final String PROJECTS = "表10 节能改造项目";
    static final String DATA_CENTRE = "数据中心";
    static final String HELP = "填写说明";

    static final List<String> BASIC_COLUMNS = List.of(
            "单位名称",
            "能源管理负责人",
            "职称",
            "负责人已备案（是/否）",
            "最近能源审计年份",
            "非化石能源占比（%）",
            "工业总产值（万元）",
            "申报综合能源消费量（tce）",
            "电力折算（当量值/等价值）",
            "供电标准煤耗（kgce/kWh）",
            "表5 单耗变化原因说明",
            "节能量目标（tce）",
            "实现节能量（tce）",
            "目标自评价");
    static final List<String> ENERGY_COLUMNS = List.of("能源种类", "实物量", "计量单位", "实测折标系数");
    static final List<String> USE_COLUMNS = List.of("用途", "折标准煤（tce）");
    static final List<String> BALANCE_COLUMNS = List.of("购入（tce）", "库存减少（tce）", "消费（tce）", "损失（tce）", "输出（tce）");
    static final List<String> PRODUCT_COLUMNS = List.of("产品", "指标", "单位产品能耗", "单位", "能耗", "产量", "修正条件", "上年单位产品能耗");
    static final List<String> EQUIPMENT_COLUMNS = List.of("设备名称", "类型", "型号", "台数", "参数");
    static final List<String> PROJECT_COLUMNS = List.of("项目名称", "投资（万元）", "节能量（tce）", "进展");
    static final List<String> DATA_CENTRE_COLUMNS = List.of("PUE", "总耗电量（kWh）", "信息设备耗电量（kWh）", "标准机架数", "投产年份");

    static final Map<String, String> USE_NAMES =
            Map.of("生产", "PRODUCTION", "辅助生产", "AUXILIARY", "生活", "LIVING", "损失", "LOSS", "其他", "OTHER");

    private ReportWorkbook() {}

    /** One problem of one cell. */
    record CellProblem(String sheet, int row, String column, String message) {
        FieldError asField() {
            return new FieldError(sheet + "!" + column + row, message);
        }
    }

    /** Reads the report from an uploaded workbook; every problem of every cell refuses it at once (422). */
    static ReportContent parse(Map<String, UploadedSheet> sheets) {
        Cells cells = new Cells();
        ReportContent.Basic basic = null;
        BigDecimal declared = null;
        String electricity = null;
        BigDecimal equalValue = null;
        String explanation = null;
        ReportContent.Target target = null;
        UploadedSheet basicSheet = sheets.get(BASIC);
        if (basicSheet == null) {
            cells.problems.add(new CellProblem(BASIC, 1, "A", "缺少工作表“" + BASIC + "”：须按模板填写"));
        } else {
            Map<String, Integer> at = cells.header(basicSheet, BASIC, BASIC_COLUMNS);
            SheetRow row =
                    basicSheet.rows().isEmpty() ? null : basicSheet.rows().getFirst();
            if (row == null) {
                cells.problems.add(new CellProblem(BASIC, 2, "A", "表1 须填写一行"));
            } else if (at != null) {
                Cells.Reader r = cells.row(BASIC, row, at);
                basic = new ReportContent.Basic(
                        r.text("单位名称"),
                        r.text("能源管理负责人"),
                        r.text("职称"),
                        r.yesNo("负责人已备案（是/否）"),
                        r.integer("最近能源审计年份"),
                        r.number("非化石能源占比（%）"),
                        r.number("工业总产值（万元）"));
                declared = r.number("申报综合能源消费量（tce）");
                String basis = r.text("电力折算（当量值/等价值）");
                electricity = basis == null
                        ? null
                        : switch (basis) {
                            case "当量值", "EQUIVALENT_VALUE" -> "EQUIVALENT_VALUE";
                            case "等价值", "EQUAL_VALUE" -> "EQUAL_VALUE";
                            default -> {
                                r.problem("电力折算（当量值/等价值）", "须为“当量值”或“等价值”");
                                yield null;
                            }
                        };
                equalValue = r.number("供电标准煤耗（kgce/kWh）");
                explanation = r.text("表5 单耗变化原因说明");
                BigDecimal goal = r.number("节能量目标（tce）");
                BigDecimal achieved = r.number("实现节能量（tce）");
                String self = r.text("目标自评价");
                if (goal != null || achieved != null) {
                    target = new ReportContent.Target(goal, achieved, self);
                }
            }
        }
        List<ReportContent.Energy> energy = cells.rows(
                sheets,
                ENERGY,
                ENERGY_COLUMNS,
                r -> new ReportContent.Energy(
                        r.energyType("能源种类"), r.number("实物量"), r.text("计量单位"), r.number("实测折标系数")));
        List<ReportContent.Use> uses = cells.rows(
                sheets,
                USES,
                USE_COLUMNS,
                r -> new ReportContent.Use(r.code("用途", USE_NAMES, ReportValidation.USES), r.number("折标准煤（tce）")));
        List<ReportContent.Balance> balances = cells.rows(
                sheets,
                BALANCE,
                BALANCE_COLUMNS,
                r -> new ReportContent.Balance(
                        r.number("购入（tce）"),
                        r.number("库存减少（tce）"),
                        r.number("消费（tce）"),
                        r.number("损失（tce）"),
                        r.number("输出（tce）")));
        List<ReportContent.Product> products = cells.rows(sheets, PRODUCTS, PRODUCT_COLUMNS, r -> {
            String[] pi = r.indicator("产品", "指标");
            return new ReportContent.Product(
                    pi[0],
                    pi[1],
                    r.number("单位产品能耗"),
                    r.text("单位") != null ? r.text("单位") : Catalogue.unit(pi[0], pi[1]),
                    r.number("能耗"),
                    r.number("产量"),
                    r.conditions("修正条件", pi[0], pi[1]),
                    r.number("上年单位产品能耗"));
        });
        List<ReportContent.Equipment> equipment = cells.rows(
                sheets,
                EQUIPMENT,
                EQUIPMENT_COLUMNS,
                r -> new ReportContent.Equipment(
                        r.text("设备名称"), r.equipmentType("类型"), r.text("型号"), r.integer("台数"), r.parameters("参数")));
        List<ReportContent.Project> projects = cells.rows(
                sheets,
                PROJECTS,
                PROJECT_COLUMNS,
                r -> new ReportContent.Project(r.text("项目名称"), r.number("投资（万元）"), r.number("节能量（tce）"), r.text("进展")));
        List<ReportContent.DataCentre> centres = cells.rows(
                sheets,
                DATA_CENTRE,
                DATA_CENTRE_COLUMNS,
                r -> new ReportContent.DataCentre(
                        r.number("PUE"),
                        r.number("总耗电量（kWh）"),
                        r.number("信息设备耗电量（kWh）"),
                        r.integer("标准机架数"),
                        r.integer("投产年份")));
        if (!cells.problems.isEmpty()) {
            throw refusal(cells.problems);
        }
        return new ReportContent(
                ReportContent.FORM_2008,
                basic,
                energy,
                electricity,
                equalValue,
                declared,
                uses,
                balances.isEmpty() ? null : balances.getFirst(),
                products,
                explanation,
                target,
                equipment,
                projects,
                centres.isEmpty() ? null : centres.getFirst());
    }

    static Refusal refusal(List<CellProblem> problems) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CellProblem p : problems) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("sheet", p.sheet());
            cell.put("row", p.row());
            cell.put("column", p.column());
            cell.put("message", p.message());
            list.add(cell);
        }
        return new Refusal(
                Refusal.Kind.VALIDATION_FAILED,
                "工作簿有 " + problems.size() + " 处错误，未读取：" + problems.getFirst().sheet() + " "
                        + problems.getFirst().column() + problems.getFirst().row() + " "
                        + problems.getFirst().message(),
                problems.stream().map(CellProblem::asField).toList(),
                Map.of("cells", list));
    }

    /** The codes the workbook accepts, by their Chinese names. */
    static final class Catalogue {
        static final Map<String, String> ENERGY_TYPES = new LinkedHashMap<>();
        static final Map<String, String[]> INDICATORS = new LinkedHashMap<>();
        static final Map<String, QuotaIndicator> BY_CODE = new LinkedHashMap<>();
        static final Map<String, String> EQUIPMENT = new LinkedHashMap<>();

        static {
            for (EnergyTypeInfo type : EnergyAccounting.standard().energyTypeCatalogue()) {
                ENERGY_TYPES.put(type.code(), type.code());
                ENERGY_TYPES.putIfAbsent(type.nameZh(), type.code());
            }
            for (QuotaIndicator i : QuotaGrading.standard().indicators()) {
                BY_CODE.put(i.product() + "/" + i.indicator(), i);
            }
            for (EquipmentType t : EquipmentType.values()) {
                if (t != EquipmentType.DATA_CENTRE) {
                    EQUIPMENT.put(t.name(), t.name());
                    EQUIPMENT.put(t.nameZh(), t.name());
                }
            }
        }

        static String unit(String product, String indicator) {
            QuotaIndicator i = BY_CODE.get(product + "/" + indicator);
            return i == null ? null : i.unit();
        }

        /** The product and indicator named by code or by Chinese name (product name, or the indicator's). */
        static String[] indicator(String product, String indicator) {
            for (QuotaIndicator i : BY_CODE.values()) {
                boolean p = i.product().equals(product) || product.equals(i.productNameZh());
                boolean n = i.indicator().equals(indicator) || indicator.equals(i.nameZh());
                if (p && n) {
                    return new String[] {i.product(), i.indicator()};
                }
            }
            return null;
        }
    }

    /** The problems found so far, and readers of rows by their column titles. */
    static final class Cells {
        final List<CellProblem> problems = new ArrayList<>();

        interface RowMapper<T> {
            T map(Reader r);
        }

        Map<String, Integer> header(UploadedSheet sheet, String name, List<String> columns) {
            Map<String, Integer> at = new LinkedHashMap<>();
            List<String> titles = sheet.header().cells();
            for (int i = 0; i < titles.size(); i++) {
                if (columns.contains(titles.get(i))) {
                    at.put(titles.get(i), i);
                }
            }
            boolean missing = false;
            for (String column : columns) {
                if (!at.containsKey(column)) {
                    problems.add(new CellProblem(
                            name,
                            sheet.header().number(),
                            CellReference.convertNumToColString(titles.size()),
                            "缺少列“" + column + "”：表头须与模板一致"));
                    missing = true;
                }
            }
            return missing ? null : at;
        }

        <T> List<T> rows(Map<String, UploadedSheet> sheets, String name, List<String> columns, RowMapper<T> mapper) {
            UploadedSheet sheet = sheets.get(name);
            if (sheet == null) {
                return List.of();
            }
            Map<String, Integer> at = header(sheet, name, columns);
            if (at == null) {
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (SheetRow row : sheet.rows()) {
                items.add(mapper.map(row(name, row, at)));
            }
            return items;
        }

        Reader row(String sheet, SheetRow row, Map<String, Integer> at) {
            return new Reader(sheet, row, at);
        }

        final class Reader {
            private final String sheet;
            private final SheetRow row;
            private final Map<String, Integer> at;

            Reader(String sheet, SheetRow row, Map<String, Integer> at) {
                this.sheet = sheet;
                this.row = row;
                this.at = at;
            }

            void problem(String column, String message) {
                problems.add(new CellProblem(
                        sheet, row.number(), CellReference.convertNumToColString(at.get(column)), message));
            }

            String text(String column) {
                String value = row.cell(at.get(column));
                return value.isBlank() ? null : value.strip();
            }

            BigDecimal number(String column) {
                String value = text(column);
                if (value == null) {
                    return null;
                }
                try {
                    return new BigDecimal(value.replace(",", ""));
                } catch (NumberFormatException e) {
                    problem(column, "“" + value + "”不是数字");
                    return null;
                }
            }

            Integer integer(String column) {
                BigDecimal value = number(column);
                if (value == null) {
                    return null;
                }
                try {
                    return value.intValueExact();
                } catch (ArithmeticException e) {
                    problem(column, "须为整数");
                    return null;
                }
            }

            Boolean yesNo(String column) {
                String value = text(column);
                if (value == null) {
                    return null;
                }
                return switch (value.toLowerCase(Locale.ROOT)) {
                    case "是", "y", "yes", "true", "1" -> true;
                    case "否", "n", "no", "false", "0" -> false;
                    default -> {
                        problem(column, "须为“是”或“否”");
                        yield null;
                    }
                };
            }

            String code(String column, Map<String, String> names, java.util.Set<String> codes) {
                String value = text(column);
                if (value == null || codes.contains(value)) {
                    return value;
                }
                String code = names.get(value);
                if (code == null) {
                    problem(column, "“" + value + "”不是可选值（见“" + HELP + "”）");
                }
                return code;
            }

            String energyType(String column) {
                String value = text(column);
                if (value == null) {
                    return null;
                }
                String code = Catalogue.ENERGY_TYPES.get(value);
                if (code == null) {
                    problem(column, "未知的能源种类“" + value + "”（见“" + HELP + "”）");
                }
                return code;
            }

            String equipmentType(String column) {
                String value = text(column);
                if (value == null) {
                    return null;
                }
                String code = Catalogue.EQUIPMENT.get(value.toUpperCase(Locale.ROOT)) != null
                        ? Catalogue.EQUIPMENT.get(value.toUpperCase(Locale.ROOT))
                        : Catalogue.EQUIPMENT.get(value);
                if (code == null) {
                    problem(column, "未知的设备类型“" + value + "”");
                }
                return code;
            }

            String[] indicator(String productColumn, String indicatorColumn) {
                String product = text(productColumn);
                String indicator = text(indicatorColumn);
                if (product == null || indicator == null) {
                    if (product == null) {
                        problem(productColumn, "必填");
                    }
                    if (indicator == null) {
                        problem(indicatorColumn, "必填");
                    }
                    return new String[] {product, indicator};
                }
                String[] found = Catalogue.indicator(product, indicator);
                if (found == null) {
                    problem(indicatorColumn, "未知的产品或指标“" + product + " / " + indicator + "”（见“" + HELP + "”）");
                    return new String[] {product, indicator};
                }
                return found;
            }

            /** {@code altitudeMeters=200; 熟料配比=75}: a condition by code or Chinese name, a number each. */
            Map<String, BigDecimal> conditions(String column, String product, String indicator) {
                String value = text(column);
                if (value == null) {
                    return Map.of();
                }
                QuotaIndicator i = Catalogue.BY_CODE.get(product + "/" + indicator);
                Map<String, BigDecimal> conditions = new LinkedHashMap<>();
                for (String part : value.split("[;；]")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String[] kv = part.split("[=＝]", 2);
                    if (kv.length != 2) {
                        problem(column, "修正条件须写成“名称=数值”，以分号分隔");
                        return Map.of();
                    }
                    String name = kv[0].strip();
                    if (i != null) {
                        for (QuotaCondition c : i.conditionDetails()) {
                            if (c.nameZh().equals(name)) {
                                name = c.name();
                            }
                        }
                    }
                    try {
                        conditions.put(name, new BigDecimal(kv[1].strip()));
                    } catch (NumberFormatException e) {
                        problem(column, "修正条件“" + kv[0].strip() + "”的值“" + kv[1].strip() + "”不是数字");
                    }
                }
                return conditions;
            }

            /** {@code ratedPowerKw=11; poles=4}: numbers, 是/否 as true/false, text as it is. */
            Map<String, Object> parameters(String column) {
                String value = text(column);
                if (value == null) {
                    return Map.of();
                }
                Map<String, Object> parameters = new LinkedHashMap<>();
                for (String part : value.split("[;；]")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String[] kv = part.split("[=＝]", 2);
                    if (kv.length != 2) {
                        problem(column, "参数须写成“字段=值”，以分号分隔");
                        return Map.of();
                    }
                    String v = kv[1].strip();
                    Object parsed;
                    if (v.equals("是") || v.equalsIgnoreCase("true")) {
                        parsed = true;
                    } else if (v.equals("否") || v.equalsIgnoreCase("false")) {
                        parsed = false;
                    } else {
                        try {
                            parsed = new BigDecimal(v);
                        } catch (NumberFormatException text) {
                            parsed = v;
                        }
                    }
                    parameters.put(kv[0].strip(), parsed);
                }
                return parameters;
            }
        }
    }

    /** The empty template: one sheet per table with its header, and the 填写说明 sheet of codes. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = XlsxStyles.header(workbook);
            sheet(workbook, BASIC, BASIC_COLUMNS, bold);
            sheet(workbook, ENERGY, ENERGY_COLUMNS, bold);
            sheet(workbook, USES, USE_COLUMNS, bold);
            sheet(workbook, BALANCE, BALANCE_COLUMNS, bold);
            sheet(workbook, PRODUCTS, PRODUCT_COLUMNS, bold);
            sheet(workbook, EQUIPMENT, EQUIPMENT_COLUMNS, bold);
            sheet(workbook, PROJECTS, PROJECT_COLUMNS, bold);
            sheet(workbook, DATA_CENTRE, DATA_CENTRE_COLUMNS, bold);
            Sheet help = workbook.createSheet(HELP);
            int n = 0;
            n = line(help, n, bold, "说明", "");
            n = line(help, n, null, "每张工作表第 1 行为表头，数据从第 2 行开始；表1、表3、数据中心各填一行。", "");
            n = line(help, n, null, "代码列可填代码或下列中文名称；错误报告按工作表、行、列指明单元格。", "");
            n = line(help, n, null, "修正条件、设备参数写成“名称=数值”，以分号分隔，例如 altitudeMeters=200。", "");
            n++;
            n = line(help, n, bold, "能源种类（代码）", "名称 / 计量单位");
            for (EnergyTypeInfo type : EnergyAccounting.standard().energyTypeCatalogue()) {
                n = line(
                        help,
                        n,
                        null,
                        type.code(),
                        type.nameZh() + " / " + type.unit() + (type.measuredRequired() ? "（须填实测折标系数）" : ""));
            }
            n++;
            n = line(help, n, bold, "产品/指标（代码）", "名称 / 单位 / 修正条件");
            for (QuotaIndicator i : QuotaGrading.standard().indicators()) {
                n = line(
                        help,
                        n,
                        null,
                        i.product() + " / " + i.indicator(),
                        i.productNameZh() + " / " + i.nameZh() + " / " + i.unit()
                                + (i.conditions().isEmpty() ? "" : " / " + String.join("、", i.conditions())));
            }
            n++;
            n = line(help, n, bold, "用途", "代码");
            for (var use : USE_NAMES.entrySet()) {
                n = line(help, n, null, use.getKey(), use.getValue());
            }
            n++;
            n = line(help, n, bold, "设备类型", "代码（参数见 /api/v1/checks/equipment/types）");
            for (EquipmentType t : EquipmentType.values()) {
                if (t != EquipmentType.DATA_CENTRE) {
                    n = line(help, n, null, t.nameZh(), t.name());
                }
            }
            help.setColumnWidth(0, 256 * 48);
            help.setColumnWidth(1, 256 * 80);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the report template", e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, List<String> columns, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 256 * Math.max(12, columns.get(i).length() * 2 + 4));
        }
        sheet.createFreezePane(0, 1);
    }

    private static int line(Sheet sheet, int n, CellStyle style, String a, String b) {
        Row row = sheet.createRow(n);
        row.createCell(0).setCellValue(a);
        row.createCell(1).setCellValue(b);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
            row.getCell(1).setCellStyle(style);
        }
        return n + 1;
    }
}
