package cn.energyinspect.app.demo;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates plausible, deterministic demo enterprises: valid 统一社会信用代码 (registration authority 9 = 工商, type 1 =
 * 企业, the county's code, a generated GB 11714 organisation code with its check character, then the GB 32100 check
 * character from the rules module), industries that 节能监察 visits most, and energy figures on both sides of the
 * key-unit thresholds.
 */
final class DemoEnterprises {
    private record Industry(String code, String suffix, int minTce, int maxTce) {}

    private static final List<Industry> INDUSTRIES = List.of(
            new Industry("C3011", "水泥有限公司", 20_000, 250_000),
            new Industry("C3041", "玻璃有限公司", 8_000, 120_000),
            new Industry("C3110", "钢铁有限公司", 50_000, 900_000),
            new Industry("C3216", "铝业有限公司", 30_000, 400_000),
            new Industry("C2521", "焦化有限公司", 40_000, 600_000),
            new Industry("C2614", "化工有限公司", 5_000, 200_000),
            new Industry("C2221", "纸业有限公司", 3_000, 90_000),
            new Industry("C1713", "印染有限公司", 2_000, 40_000),
            new Industry("C3140", "铁合金有限公司", 10_000, 150_000),
            new Industry("C3411", "锅炉制造有限公司", 500, 12_000),
            new Industry("C3812", "电机有限公司", 800, 9_000),
            new Industry("I6450", "数据科技有限公司", 4_000, 60_000));

    private static final List<String> WORDS = List.of(
            "宏达", "恒盛", "华远", "金鼎", "瑞丰", "新海", "天和", "永泰", "东方", "明珠", "鸿运", "嘉诚", "信达", "正泰", "博远", "力源", "兴业", "国润",
            "中联", "富春", "钱江", "之江", "甬江", "瓯越", "南湖", "太湖", "天目", "雁荡", "天台", "四明");

    private DemoEnterprises() {}

    /** The code of the {@code n}-th demo enterprise of a county (stable across runs). */
    static String uscc(String countyCode, int n) {
        Random random = new Random(countyCode.hashCode() * 31L + n);
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append(Character.forDigit(random.nextInt(10), 10));
        }
        org.append(organisationCheck(org));
        String first17 = "91" + countyCode + org;
        return first17 + UnifiedSocialCreditCode.checkCharacterFor(first17);
    }

    static List<EnterpriseForm> generate(List<RegionRow> counties, int count) {
        Random random = new Random(330000);
        List<EnterpriseForm> result = new ArrayList<>(count);
        RegionRow xihu = counties.stream()
                .filter(c -> c.code().equals("330106"))
                .findFirst()
                .orElseThrow();
        result.add(new EnterpriseForm(
                uscc("330106", 0),
                "杭州西子节能示范制造有限公司",
                xihu.code(),
                "浙江省杭州市西湖区文三路 90 号",
                "C3411",
                new BigDecimal("6800.00"),
                2025,
                false,
                "陈经理",
                "0571-88880000",
                0));
        for (int i = 1; i < count; i++) {
            RegionRow county = counties.get(random.nextInt(counties.size()));
            Industry industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
            String place = county.name().length() > 2
                    ? county.name().substring(0, county.name().length() - 1)
                    : county.name();
            String name = place + WORDS.get(random.nextInt(WORDS.size())) + industry.suffix();
            int tce = industry.minTce() + random.nextInt(industry.maxTce() - industry.minTce());
            boolean keyUnit = tce >= 10_000 || (tce >= 5_000 && random.nextBoolean());
            result.add(new EnterpriseForm(
                    uscc(county.code(), i),
                    name + (i % 7 == 0 ? "（" + i + "）" : ""),
                    county.code(),
                    "浙江省" + county.name() + "工业园区 " + (1 + random.nextInt(300)) + " 号",
                    industry.code(),
                    BigDecimal.valueOf(tce).setScale(2, RoundingMode.UNNECESSARY),
                    2025,
                    keyUnit,
                    "联系人" + i,
                    "0571-8" + String.format("%07d", random.nextInt(10_000_000)),
                    0));
        }
        return result;
    }

    /** {@code count} more enterprises of one county (indexes from 1000 on, so their codes never meet the others). */
    static List<EnterpriseForm> generateIn(RegionRow county, int count) {
        Random random = new Random(county.code().hashCode());
        List<EnterpriseForm> result = new ArrayList<>(count);
        String place = county.name().length() > 2
                ? county.name().substring(0, county.name().length() - 1)
                : county.name();
        for (int i = 0; i < count; i++) {
            Industry industry = INDUSTRIES.get(i % INDUSTRIES.size());
            int tce = industry.minTce() + random.nextInt(industry.maxTce() - industry.minTce());
            result.add(new EnterpriseForm(
                    uscc(county.code(), 1000 + i),
                    place + WORDS.get((i * 5 + 3) % WORDS.size()) + industry.suffix() + "（" + (i + 1) + "厂）",
                    county.code(),
                    "浙江省" + county.name() + "经济开发区 " + (10 + i) + " 号",
                    industry.code(),
                    BigDecimal.valueOf(tce).setScale(2, RoundingMode.UNNECESSARY),
                    2025,
                    tce >= 10_000,
                    "联系人" + (1000 + i),
                    "0571-8" + String.format("%07d", random.nextInt(10_000_000)),
                    0));
        }
        return result;
    }

    /** GB 11714 check character of an 8-character organisation code body (weights 3 7 9 10 5 8 4 2, mod 11). */
    static char organisationCheck(CharSequence body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
