package cn.energyinspect.app.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of Excel uploads and downloads under {@code energyinspect.spreadsheet}. They keep one request's memory and
 * time bounded on a small server.
 *
 * @param maxUploadSize largest accepted upload (the file as sent, compressed)
 * @param maxInflatedSize largest total of the workbook's parts once decompressed; a bigger one is treated as a zip
 *     bomb
 * @param maxImportRows data rows (header not counted) an import reads at most
 * @param maxExportRows rows a list export writes at most; a larger result asks the user to narrow the filter
 */
@ConfigurationProperties("energyinspect.spreadsheet")
public record SpreadsheetProperties(
        DataSize maxUploadSize, DataSize maxInflatedSize, int maxImportRows, int maxExportRows) {
    public SpreadsheetProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(5) : maxUploadSize;
        maxInflatedSize = maxInflatedSize == null ? DataSize.ofMegabytes(50) : maxInflatedSize;
        maxImportRows = maxImportRows <= 0 ? 5_000 : maxImportRows;
        maxExportRows = maxExportRows <= 0 ? 50_000 : maxExportRows;
    }
}
