package cn.energyinspect.app.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed workbook whose rows wait in compressed temporary files until it is written. Close it (try-with-resources)
 * to delete those files, written or not.
 */
public final class ExportedWorkbook implements AutoCloseable {
    private final String fileName;
    private final SXSSFWorkbook workbook;

    public ExportedWorkbook(String fileName, SXSSFWorkbook workbook) {
        this.fileName = fileName;
        this.workbook = workbook;
    }

    public String fileName() {
        return fileName;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
