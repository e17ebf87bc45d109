package cn.energyinspect.app.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Collects the non-empty rows of a sheet as SAX events arrive, and stops once there are more than allowed. */
final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    /** Columns beyond this are ignored: no register has that many fields. */
    static final int MAX_COLUMNS = 64;

    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private SheetRow header;
    private List<String> current = new ArrayList<>();
    private int currentNumber;

    RowCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Thrown through the parser when the sheet has more data rows than allowed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    @Override
    public void startRow(int rowNum) {
        current = new ArrayList<>();
        currentNumber = rowNum + 1;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
        if (column >= MAX_COLUMNS) {
            return;
        }
        while (current.size() <= column) {
            current.add("");
        }
        current.set(column, formattedValue == null ? "" : formattedValue.strip());
    }

    @Override
    public void endRow(int rowNum) {
        if (current.stream().allMatch(String::isEmpty)) {
            return;
        }
        SheetRow row = new SheetRow(currentNumber, current);
        if (header == null) {
            header = row;
        } else if (rows.size() == maxRows) {
            throw new TooManyRows();
        } else {
            rows.add(row);
        }
    }

    SheetRow header() {
        return header;
    }

    List<SheetRow> rows() {
        return rows;
    }
}
