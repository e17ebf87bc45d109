package cn.energyinspect.app.penalty.credit;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.spreadsheet.XlsxStyles;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.credit.PenaltyRecords;
import cn.energyinspect.rules.credit.RecordField;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The default platform adapter: needs no external system. Each batch becomes an exchange file pair in {@code
 * energyinspect.credit.export-dir} — an Excel workbook in the standard's layout (a row of CF_* codes, a row of their
 * Chinese names, one row per push) and the same pushes as JSON — for a person to upload to the provincial platform.
 * The receipt is the file and row. Files are written whole (a temporary file moved into place), so a half-written
 * file is never taken for a delivery; a disk that cannot be written is an outage (the rows wait).
 */
@Component
class FileExportPlatform implements CreditPlatform {
    static final String NAME = "file-export";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final List<String> LEADING = List.of("PUSH_ID", "PUSH_ACTION", "PUSH_REASON");
    private static final List<String> LEADING_NAMES = List.of("推送编号", "操作类型", "原因说明");

    private final CreditProperties settings;
    private final ObjectMapper json;
    private final BusinessTime time;

    FileExportPlatform(CreditProperties settings, ObjectMapper json, BusinessTime time) {
        this.settings = settings;
        this.json = json;
        this.time = time;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Result> deliver(List<Delivery> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        String base = "credit-penalties-" + time.local(time.now()).format(STAMP) + "-"
                + batch.getFirst().id();
        try {
            Path dir = Files.createDirectories(settings.exportDir());
            writeAtomically(dir.resolve(base + ".xlsx"), out -> workbook(batch, out));
            writeAtomically(
                    dir.resolve(base + ".json"),
                    out -> json.writerWithDefaultPrettyPrinter().writeValue(out, document(batch)));
        } catch (IOException e) {
            throw new PlatformUnavailableException("cannot write the exchange files to " + settings.exportDir(), e);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            // header rows 1–2, data from row 3 (Excel's numbering)
            results.add(Result.delivered(batch.get(i).id(), base + ".xlsx#" + (i + 3)));
        }
        return results;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "writing-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void workbook(List<Delivery> batch, OutputStream out) throws IOException {
        List<RecordField> fields = PenaltyRecords.standard().fields();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("行政处罚信息");
            CellStyle header = XlsxStyles.header(workbook);
            Row codes = sheet.createRow(0);
            Row names = sheet.createRow(1);
            int column = 0;
            for (int i = 0; i < LEADING.size(); i++, column++) {
                cell(codes, column, LEADING.get(i), header);
                cell(names, column, LEADING_NAMES.get(i), header);
            }
            for (RecordField field : fields) {
                cell(codes, column, field.code(), header);
                cell(names, column, field.name(), header);
                column++;
            }
            for (int r = 0; r < batch.size(); r++) {
                Delivery delivery = batch.get(r);
                Row row = sheet.createRow(r + 2);
                cell(row, 0, Long.toString(delivery.id()), null);
                cell(row, 1, DisplayNames.of(DisplayNames.Category.CREDIT_PUSH, delivery.action()), null);
                cell(row, 2, delivery.reason() == null ? "" : delivery.reason(), null);
                for (int f = 0; f < fields.size(); f++) {
                    cell(
                            row,
                            LEADING.size() + f,
                            delivery.record().getOrDefault(fields.get(f).code(), ""),
                            null);
                }
            }
            workbook.write(out);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private Map<String, Object> document(List<Delivery> batch) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "双公示 行政处罚信息（全国信用信息共享平台交换格式，CF_* 字段）");
        document.put("adapter", NAME);
        document.put("exportedAt", time.now().toString());
        List<Map<String, Object>> pushes = new ArrayList<>();
        for (Delivery delivery : batch) {
            Map<String, Object> push = new LinkedHashMap<>();
            push.put("pushId", delivery.id());
            push.put("action", delivery.action());
            push.put("actionName", DisplayNames.of(DisplayNames.Category.CREDIT_PUSH, delivery.action()));
            push.put("reason", delivery.reason());
            push.put("record", delivery.record());
            pushes.add(push);
        }
        document.put("pushes", pushes);
        return document;
    }
}
