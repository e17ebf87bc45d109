package cn.energyinspect.app.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test-data builder for Excel files: {@code aWorkbook().header("统一社会信用代码", …).row(…).bytes()}, and reading a
 * downloaded one back. No binary fixtures.
 */
public final class Workbooks {
    private final List<List<String>> rows = new ArrayList<>();

    private Workbooks() {}

    public static Workbooks aWorkbook() {
        return new Workbooks();
    }

    public Workbooks header(String... titles) {
        return row(titles);
    }

    /** A row of text cells; {@code null} leaves the cell out. */
    public Workbooks row(String... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    public Workbooks rows(List<List<String>> more) {
        rows.addAll(more);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("企业名录");
            for (int r = 0; r < rows.size(); r++) {
                fill(sheet.createRow(r), rows.get(r));
            }
            return toBytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code cells} as text into {@code row}, from column A. */
    public static void fill(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }

    public static byte[] toBytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of sheet {@code index} as Excel shows them, row by row. */
    public static List<List<String>> read(byte[] xlsx, int index) {
        DataFormatter format = new DataFormatter();
        List<List<String>> result = new ArrayList<>();
        try (XSSFWorkbook workbook = open(xlsx)) {
            for (Row row : workbook.getSheetAt(index)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                result.add(cells);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small ZIP whose one entry inflates to {@code megabytes} MB of zeros. */
    public static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
