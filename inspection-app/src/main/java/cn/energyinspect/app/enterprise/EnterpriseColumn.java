package cn.energyinspect.app.enterprise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the enterprise import sheet: one per field of {@link EnterpriseForm} a registration takes. A header
 * cell matches a column by its Chinese title (a unit in brackets may follow) or by the API's field name.
 */
enum EnterpriseColumn {
    USCC("uscc", "统一社会信用代码", "必填。18 位代码，末位为校验码（GB 32100-2015）。请保持本列为文本格式，以免 Excel 改写。"),
    NAME("name", "企业名称", "必填，不超过 200 个字符。"),
    REGION_CODE("regionCode", "行政区划代码", "必填。企业所在县级行政区划的 6 位代码（GB/T 2260），须在您的管辖范围内，例如 330106。"),
    ADDRESS("address", "地址", "选填，不超过 300 个字符。"),
    INDUSTRY_CODE("industryCode", "行业代码", "必填。国民经济行业分类代码（GB/T 4754），例如 C3011。"),
    ANNUAL_ENERGY_TCE("annualEnergyTce", "年综合能耗（吨标准煤）", "选填。非负数；填写时须同时填写能耗年份。"),
    ENERGY_YEAR("energyYear", "能耗年份", "年综合能耗所属年份，2000 至 2100。"),
    KEY_ENERGY_UNIT("keyEnergyUnit", "重点用能单位", "选填：是 / 否。留空时按年综合能耗依法认定；达到国家标准的单位不能填否，低于省级下限的单位不能填是（节约能源法第五十二条）。"),
    CONTACT_NAME("contactName", "联系人", "选填，不超过 64 个字符。"),
    CONTACT_PHONE("contactPhone", "联系电话", "选填，例如 0571-12345678。");

    private final String field;
    private final String title;
    private final String explanation;

    EnterpriseColumn(String field, String title, String explanation) {
        this.field = field;
        this.title = title;
        this.explanation = explanation;
    }

    String field() {
        return field;
    }

    String title() {
        return title;
    }

    String explanation() {
        return explanation;
    }

    /** The column a header cell names: {@code 年综合能耗（吨标准煤）}, {@code 年综合能耗} and {@code annualEnergyTce} alike. */
    static Optional<EnterpriseColumn> byHeader(String header) {
        String wanted = normalize(header);
        return Arrays.stream(values())
                .filter(c ->
                        normalize(c.title).equals(wanted) || normalize(c.field).equals(wanted))
                .findFirst();
    }

    static Optional<EnterpriseColumn> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    private static String normalize(String header) {
        String text = header.replaceAll("[\\s\\u3000]", "");
        int bracket = text.replace('（', '(').indexOf('(');
        return (bracket > 0 ? text.substring(0, bracket) : text).toLowerCase(Locale.ROOT);
    }
}
