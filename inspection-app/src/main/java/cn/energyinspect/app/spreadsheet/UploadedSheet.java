package cn.energyinspect.app.spreadsheet;

import java.util.List;

/**
 * The first sheet of an uploaded workbook: its header (the first non-empty row) and the non-empty rows below it.
 */
public record UploadedSheet(SheetRow header, List<SheetRow> rows) {
    public UploadedSheet {
        rows = List.copyOf(rows);
    }
}
