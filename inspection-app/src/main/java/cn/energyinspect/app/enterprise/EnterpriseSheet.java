package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.spreadsheet.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * The layout of an uploaded enterprise sheet, read from its header, and the reading of each row into an {@link
 * EnterpriseForm}. Cells that cannot even be read (a year that is no number) are problems of their own; everything
 * else is left to the register's rules.
 */
final class EnterpriseSheet {
    private static final Set<EnterpriseColumn> REQUIRED = Set.of(
            EnterpriseColumn.USCC, EnterpriseColumn.NAME, EnterpriseColumn.REGION_CODE, EnterpriseColumn.INDUSTRY_CODE);
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0");

    private final Map<EnterpriseColumn, Integer> columns;

    private EnterpriseSheet(Map<EnterpriseColumn, Integer> columns) {
        this.columns = columns;
    }

    /** A row as a form, with the problems of the cells that could not be read. */
    record ParsedRow(int row, EnterpriseForm form, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }

        boolean hasErrorOn(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }
    }

    /** The layout of {@code header}; an unknown, repeated or missing required column refuses the whole file. */
    static EnterpriseSheet of(SheetRow header) {
        Map<EnterpriseColumn, Integer> columns = new EnumMap<>(EnterpriseColumn.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String title = header.cell(i);
            if (title.isEmpty()) {
                continue;
            }
            String where = "第 " + header.number() + " 行 " + CellReference.convertNumToColString(i) + " 列";
            Optional<EnterpriseColumn> column = EnterpriseColumn.byHeader(title);
            if (column.isEmpty()) {
                errors.add(new FieldError("file", where + "的表头“" + title + "”无法识别，可用的列见模板的“填写说明”"));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                errors.add(new FieldError("file", where + "的表头“" + title + "”重复"));
            }
        }
        REQUIRED.stream()
                .filter(c -> !columns.containsKey(c))
                .sorted()
                .forEach(c -> errors.add(new FieldError("file", "缺少必填的列“" + c.title() + "”")));
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return new EnterpriseSheet(columns);
    }

    ParsedRow read(SheetRow row) {
        List<FieldError> errors = new ArrayList<>();
        EnterpriseForm form = new EnterpriseForm(
                text(row, EnterpriseColumn.USCC),
                text(row, EnterpriseColumn.NAME),
                text(row, EnterpriseColumn.REGION_CODE),
                text(row, EnterpriseColumn.ADDRESS),
                text(row, EnterpriseColumn.INDUSTRY_CODE),
                decimal(row, EnterpriseColumn.ANNUAL_ENERGY_TCE, errors),
                year(row, EnterpriseColumn.ENERGY_YEAR, errors),
                flag(row, EnterpriseColumn.KEY_ENERGY_UNIT, errors),
                text(row, EnterpriseColumn.CONTACT_NAME),
                text(row, EnterpriseColumn.CONTACT_PHONE),
                null);
        return new ParsedRow(row.number(), form, errors);
    }

    private String text(SheetRow row, EnterpriseColumn column) {
        Integer index = columns.get(column);
        String value = index == null ? "" : row.cell(index);
        return value.isEmpty() ? null : value;
    }

    private BigDecimal decimal(SheetRow row, EnterpriseColumn column, List<FieldError> errors) {
        String value = text(row, column);
        try {
            return value == null ? null : new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column.field(), "“" + value + "”不是数字"));
            return null;
        }
    }

    private Integer year(SheetRow row, EnterpriseColumn column, List<FieldError> errors) {
        BigDecimal value = decimal(row, column, errors);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(new FieldError(column.field(), "须为整数年份，例如 2025"));
            return null;
        }
    }

    private Boolean flag(SheetRow row, EnterpriseColumn column, List<FieldError> errors) {
        String value = text(row, column);
        String key = value == null ? null : value.toLowerCase(Locale.ROOT);
        if (key == null) {
            return null;
        } else if (YES.contains(key)) {
            return true;
        } else if (NO.contains(key)) {
            return false;
        }
        errors.add(new FieldError(column.field(), "须填“是”或“否”，或留空"));
        return null;
    }
}
