package cn.energyinspect.rules.bench;

import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.credit.PenaltyRecord;
import cn.energyinspect.rules.credit.PenaltyRecords;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the 双公示 行政处罚 record on one thread: composed from a decision, checked against the national
 * standard's field list (types, lengths, value lists, the 统一社会信用代码 check characters, dates) and laid out as the
 * exchange row of CF_* values the platform adapter writes (Excel and JSON take these strings as they are).
 *
 * <p>{@code ./mvnw -pl rules -Pbench test-compile exec:exec -Dbench.args="CreditRecordBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreditRecordBenchmark {
    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 30);
    private static final String PARTY = "91350100M000100Y43";
    private static final String AGENCY = "11330000002482141C";

    private final PenaltyRecords records = PenaltyRecords.standard();
    private long number;

    @Benchmark
    public Map<String, String> composeCheckAndExport() {
        PenaltyRecord record = compose(++number);
        List<Violation> problems = records.check(record, DECIDED);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return records.exchangeValues(record);
    }

    @Benchmark
    public Map<String, Object> composeForThePublicPage() {
        return records.publicValues(compose(++number));
    }

    private static PenaltyRecord compose(long n) {
        return new PenaltyRecord(
                "杭州西子节能示范制造有限公司",
                "法人及非法人组织",
                PARTY,
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
                PenaltyRecord.tenThousandYuan(100_000L + n % 200_000L),
                null,
                null,
                DECIDED,
                LocalDate.of(2099, 12, 31),
                DECIDED.plusYears(1),
                "杭州市西湖区节能监察大队",
                AGENCY,
                "杭州市西湖区节能监察大队",
                AGENCY,
                null);
    }
}
