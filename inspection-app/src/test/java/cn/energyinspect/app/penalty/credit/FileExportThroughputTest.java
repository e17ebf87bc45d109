package cn.energyinspect.app.penalty.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.credit.PenaltyRecord;
import cn.energyinspect.rules.credit.PenaltyRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records composed, checked and exported by the default platform adapter (Excel and JSON in the standard's layout), in
 * batches as the outbox delivers them: every record is in both files once, with its CF_* values, and the throughput is
 * printed for the closing note ({@code CREDIT-EXPORT records=… per-second=…}).
 */
class FileExportThroughputTest {
    private static final int RECORDS = 2_000;
    private static final int BATCH = 200;
    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    @Test
    void every_record_of_every_batch_is_in_the_workbook_and_the_json_once() throws Exception {
        PenaltyRecords records = PenaltyRecords.standard();
        BusinessTime time = new BusinessTime(
                Clock.fixed(Instant.parse("2026-10-09T02:00:00Z"), ZoneId.of("Asia/Shanghai")),
                ZoneId.of("Asia/Shanghai"));
        FileExportPlatform platform = new FileExportPlatform(new CreditProperties(dir, null), new ObjectMapper(), time);

        long started = System.nanoTime();
        List<CreditPlatform.Result> results = new ArrayList<>();
        for (int first = 1; first <= RECORDS; first += BATCH) {
            List<CreditPlatform.Delivery> batch = new ArrayList<>();
            for (int id = first; id < first + BATCH; id++) {
                PenaltyRecord record = compose(id);
                assertThat(records.check(record, DECIDED)).isEmpty();
                batch.add(new CreditPlatform.Delivery(
                        id, id, "PUBLISH", record.decisionNumber(), records.exchangeValues(record), null, time.now()));
            }
            results.addAll(platform.deliver(batch));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "CREDIT-EXPORT records=%d batch=%d seconds=%.2f per-second=%.0f%n",
                RECORDS, BATCH, seconds, RECORDS / seconds);

        assertThat(results).hasSize(RECORDS).allMatch(CreditPlatform.Result::delivered);
        List<Path> workbooks = files(".xlsx");
        List<Path> documents = files(".json");
        assertThat(workbooks).hasSize(RECORDS / BATCH);
        assertThat(documents).hasSize(RECORDS / BATCH);
        List<String> numbers = new ArrayList<>();
        for (Path workbook : workbooks) {
            try (InputStream in = Files.newInputStream(workbook);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheet("行政处罚信息");
                assertThat(sheet.getLastRowNum()).isEqualTo(BATCH + 1); // two header rows, then the batch
                int column = -1;
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    if (sheet.getRow(0).getCell(c).getStringCellValue().equals("CF_XDR_SHXYM")) {
                        column = c;
                    }
                }
                assertThat(column).as("the party's code column").isNotNegative();
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    assertThat(sheet.getRow(r).getCell(column).getStringCellValue())
                            .isEqualTo("91350100M000100Y43");
                }
            }
        }
        for (Path document : documents) {
            JsonNode pushes = new ObjectMapper().readTree(document.toFile()).path("pushes");
            assertThat(pushes).hasSize(BATCH);
            pushes.forEach(
                    push -> numbers.add(push.path("record").path("CF_WSH").asText()));
        }
        assertThat(numbers).hasSize(RECORDS).doesNotHaveDuplicates();
        assertThat(numbers).contains("浙节监330106罚〔2026〕1号", "浙节监330106罚〔2026〕" + RECORDS + "号");
    }

    private List<Path> files(String suffix) throws Exception {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static PenaltyRecord compose(long n) {
        return new PenaltyRecord(
                "杭州西子节能示范制造有限公司",
                "法人及非法人组织",
                "91350100M000100Y43",
                null,
                null,
                null,
                "王建国",
                null,
                null,
                null,
                null,
                "浙节监330106罚〔2026〕" + n + "号",
                "重点用能单位无正当理由拒不落实整改要求",
                "经查，该单位熟料综合能耗 125 kgce/t，超过 GB 16780-2021 限定值，逾期未整改。",
                "《中华人民共和国节约能源法》第八十三条",
                List.of("罚款"),
                "罚款人民币壹拾伍万元整",
                PenaltyRecord.tenThousandYuan(100_000L + n),
                null,
                null,
                DECIDED,
                LocalDate.of(2099, 12, 31),
                DECIDED.plusYears(1),
                "杭州市西湖区节能监察大队",
                "11330000002482141C",
                "杭州市西湖区节能监察大队",
                "11330000002482141C",
                null);
    }
}
