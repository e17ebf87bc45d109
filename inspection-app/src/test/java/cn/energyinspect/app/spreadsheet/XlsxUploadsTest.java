package cn.energyinspect.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.support.Workbooks;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

class XlsxUploadsTest {
    private final XlsxUploads uploads =
            new XlsxUploads(new SpreadsheetProperties(DataSize.ofKilobytes(64), DataSize.ofMegabytes(2), 3, 0));

    @Test
    void rows_keep_excels_numbers_and_blank_rows_are_skipped() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("年综合能耗");
            Row numbers = sheet.createRow(3);
            numbers.createCell(0).setCellValue(123456789012.5);
            numbers.createCell(2).setCellValue(2025);
            numbers.getCell(0).setCellStyle(rounded(workbook));
            file = Workbooks.toBytes(workbook);
        }

        UploadedSheet sheet = uploads.firstSheet(upload(file));

        assertThat(sheet.header().number()).isEqualTo(1);
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).as("the row number Excel shows").isEqualTo(4);
            assertThat(row.cells()).containsExactly("123456789012.5", "", "2025");
        });
    }

    @Test
    void more_rows_than_allowed_are_refused_naming_the_limit() {
        byte[] file = Workbooks.aWorkbook()
                .header("a")
                .row("1")
                .row("2")
                .row("3")
                .row("4")
                .bytes();

        Refusal problem = catchThrowableOfType(Refusal.class, () -> uploads.firstSheet(upload(file)));

        assertThat(problem.kind()).isEqualTo(Refusal.Kind.VALIDATION_FAILED);
        assertThat(problem.getMessage()).contains("3 行");
    }

    @Test
    void parts_inflating_beyond_the_cap_are_refused_before_poi_reads_them() {
        Refusal problem = catchThrowableOfType(Refusal.class, () -> uploads.firstSheet(upload(Workbooks.zipBomb(3))));

        assertThat(problem.kind()).isEqualTo(Refusal.Kind.PAYLOAD_TOO_LARGE);
    }

    private static org.apache.poi.ss.usermodel.CellStyle rounded(XSSFWorkbook workbook) {
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0"));
        return style;
    }

    private static MockMultipartFile upload(byte[] content) {
        return new MockMultipartFile("file", "x.xlsx", "application/octet-stream", content);
    }
}
