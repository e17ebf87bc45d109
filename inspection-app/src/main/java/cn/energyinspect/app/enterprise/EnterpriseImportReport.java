package cn.energyinspect.app.enterprise;

import java.util.List;

/**
 * What an import found and did.
 *
 * @param rows non-empty data rows read (the header not counted)
 * @param imported enterprises registered by this request (0 when only validating, or when nothing was imported)
 * @param mode {@code validate}, {@code all} or {@code validOnly}, as sent
 * @param errors every problem, by row as Excel numbers it (the header is row 1) and column
 */
public record EnterpriseImportReport(
        int rows, int valid, int invalid, int imported, String mode, List<RowError> errors) {

    /** One problem of one cell; {@code column} is the column's Chinese title, {@code null} for a row-wide problem. */
    public record RowError(int row, String field, String column, String message) {}
}
