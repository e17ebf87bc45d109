package cn.energyinspect.app.spreadsheet;

import java.util.List;

/**
 * One non-empty row of a sheet as the user sees it in Excel.
 *
 * @param number the row number shown by Excel (1-based)
 * @param cells the cells' text by 0-based column index, trimmed; a blank cell is {@code ""}
 */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of column {@code index}, {@code ""} beyond the last cell. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
