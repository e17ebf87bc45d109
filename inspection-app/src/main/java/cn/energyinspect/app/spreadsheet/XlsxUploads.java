package cn.energyinspect.app.spreadsheet;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded {@code .xlsx} with bounded memory. In order: the upload's size; the content
 * (a ZIP by its magic bytes, whatever the name says); the decompressed size of all parts, measured by inflating them
 * with a cap before POI sees the file (a zip bomb stops there, as a 413); then a SAX pass over the sheet that stops
 * after the allowed number of rows. Every refusal is a problem naming {@code file}.
 */
@Component
public class XlsxUploads {
    private static final Logger log = LoggerFactory.getLogger(XlsxUploads.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_PARTS = 10_000;
    private static final String FIELD = "file";

    private final SpreadsheetProperties limits;

    XlsxUploads(SpreadsheetProperties limits) {
        this.limits = limits;
    }

    public SpreadsheetProperties limits() {
        return limits;
    }

    /** The header and rows of the first sheet; a refusal as an {@link Refusal} naming {@code file}. */
    public UploadedSheet firstSheet(MultipartFile upload) {
        if (upload.isEmpty()) {
            throw Refusal.invalid(FIELD, "文件为空");
        }
        if (upload.getSize() > limits.maxUploadSize().toBytes()) {
            throw tooLarge("文件超过 " + limits.maxUploadSize().toMegabytes() + " MB 的上限");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("energyinspect-upload-", ".xlsx");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            requireZip(copy);
            checkInflatedSize(copy);
            return read(copy);
        } catch (IOException e) {
            throw new IllegalStateException("cannot buffer the upload", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * Every sheet of an uploaded workbook by its name, in workbook order, with the same checks as {@link #firstSheet}
     * and at most {@code maxRowsPerSheet} data rows per sheet. Sheets without any row are left out; a workbook without
     * data is refused naming {@code file}.
     */
    public java.util.LinkedHashMap<String, UploadedSheet> sheets(MultipartFile upload, int maxRowsPerSheet) {
        if (upload.isEmpty()) {
            throw Refusal.invalid(FIELD, "文件为空");
        }
        if (upload.getSize() > limits.maxUploadSize().toBytes()) {
            throw tooLarge("文件超过 " + limits.maxUploadSize().toMegabytes() + " MB 的上限");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("energyinspect-upload-", ".xlsx");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            requireZip(copy);
            checkInflatedSize(copy);
            return readAll(copy, maxRowsPerSheet);
        } catch (IOException e) {
            throw new IllegalStateException("cannot buffer the upload", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private java.util.LinkedHashMap<String, UploadedSheet> readAll(Path file, int maxRows) {
        java.util.LinkedHashMap<String, UploadedSheet> sheets = new java.util.LinkedHashMap<>();
        String current = null;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    current = iterator.getSheetName();
                    RowCollector collector = new RowCollector(maxRows);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), strings, collector, new PlainNumbers(), false));
                    parser.parse(new InputSource(sheet));
                    if (collector.header() != null) {
                        sheets.put(current, new UploadedSheet(collector.header(), collector.rows()));
                    }
                }
            }
        } catch (RowCollector.TooManyRows e) {
            throw Refusal.invalid(FIELD, "工作表“" + current + "”数据超过 " + maxRows + " 行的上限，请分成多个文件导入");
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw tooLarge("文件解压比例异常，疑似压缩炸弹，不予读取");
            }
            throw unreadable(e);
        } catch (OpenXML4JException
                | SAXException
                | javax.xml.parsers.ParserConfigurationException
                | POIXMLException
                | OpenXML4JRuntimeException
                | UnsupportedFileFormatException e) {
            throw unreadable(e);
        }
        if (sheets.isEmpty()) {
            throw Refusal.invalid(FIELD, "工作簿没有数据：须按模板填写");
        }
        return sheets;
    }

    private static void requireZip(Path file) throws IOException {
        byte[] head = new byte[ZIP_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, ZIP_MAGIC)) {
                throw notXlsx();
            }
        }
    }

    /** Inflates every part, counting, and stops at the cap: the count is of real bytes, not the sizes declared. */
    private void checkInflatedSize(Path file) throws IOException {
        long budget = limits.maxInflatedSize().toBytes();
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw tooLarge("文件包含的部件过多");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream part = zip.getInputStream(entries.nextElement())) {
                    for (int n; (n = part.read(buffer)) > 0; ) {
                        budget -= n;
                        if (budget < 0) {
                            throw tooLarge("文件解压后超过 " + limits.maxInflatedSize().toMegabytes() + " MB，不予读取");
                        }
                    }
                }
            }
        } catch (ZipException broken) {
            throw notXlsx();
        }
    }

    private UploadedSheet read(Path file) {
        RowCollector collector = new RowCollector(limits.maxImportRows());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw emptySheet();
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg),
                    collector,
                    new PlainNumbers(),
                    false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (RowCollector.TooManyRows e) {
            throw Refusal.invalid(FIELD, "数据超过 " + limits.maxImportRows() + " 行的上限，请分成多个文件导入");
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw tooLarge("文件解压比例异常，疑似压缩炸弹，不予读取");
            }
            throw unreadable(e);
        } catch (OpenXML4JException
                | SAXException
                | javax.xml.parsers.ParserConfigurationException
                | POIXMLException
                | OpenXML4JRuntimeException
                | UnsupportedFileFormatException e) {
            throw unreadable(e);
        }
        if (collector.header() == null || collector.rows().isEmpty()) {
            throw emptySheet();
        }
        return new UploadedSheet(collector.header(), collector.rows());
    }

    private static Refusal unreadable(Exception e) {
        log.info("S-XLSX-UNREADABLE {}", e.getClass().getSimpleName());
        return notXlsx();
    }

    private static Refusal notXlsx() {
        return new Refusal(
                Refusal.Kind.UNSUPPORTED_MEDIA_TYPE,
                "上传的文件不是 Excel 工作簿（.xlsx）",
                List.of(new FieldError(FIELD, "须为 Excel 2007 及以上版本的 .xlsx 文件")));
    }

    private static Refusal emptySheet() {
        return Refusal.invalid(FIELD, "第一个工作表没有数据：须有一行表头和至少一行数据");
    }

    private static Refusal tooLarge(String message) {
        return new Refusal(Refusal.Kind.PAYLOAD_TOO_LARGE, message, List.of(new FieldError(FIELD, message)));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("S-XLSX-TEMP cannot delete {}", file.getFileName());
        }
    }
}
