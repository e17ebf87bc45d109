package cn.energyinspect.app.spreadsheet;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How an {@code .xlsx} download is labelled. */
public final class XlsxDownload {
    public static final String MEDIA_TYPE_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

    private XlsxDownload() {}

    /** A workbook answered as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> of(String fileName, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(workbook);
    }

    /** {@code attachment; filename*=UTF-8''…}: a Chinese file name survives every current browser (RFC 5987/6266). */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
