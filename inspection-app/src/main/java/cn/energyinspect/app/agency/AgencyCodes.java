package cn.energyinspect.app.agency;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The 发文机关代字 of an agency, as case and document numbers print it ({@code 浙节监}): the agency's own when it set
 * one ({@code agency_abbreviation}), otherwise the province's 简称 + 节监, with the region code below the province.
 */
@Component
public class AgencyCodes {
    /** 省级行政区简称, by the first two digits of the GB/T 2260 code. */
    private static final Map<String, String> PROVINCE_SHORT = Map.ofEntries(
            Map.entry("11", "京"),
            Map.entry("12", "津"),
            Map.entry("13", "冀"),
            Map.entry("14", "晋"),
            Map.entry("15", "蒙"),
            Map.entry("21", "辽"),
            Map.entry("22", "吉"),
            Map.entry("23", "黑"),
            Map.entry("31", "沪"),
            Map.entry("32", "苏"),
            Map.entry("33", "浙"),
            Map.entry("34", "皖"),
            Map.entry("35", "闽"),
            Map.entry("36", "赣"),
            Map.entry("37", "鲁"),
            Map.entry("41", "豫"),
            Map.entry("42", "鄂"),
            Map.entry("43", "湘"),
            Map.entry("44", "粤"),
            Map.entry("45", "桂"),
            Map.entry("46", "琼"),
            Map.entry("50", "渝"),
            Map.entry("51", "川"),
            Map.entry("52", "黔"),
            Map.entry("53", "滇"),
            Map.entry("54", "藏"),
            Map.entry("61", "陕"),
            Map.entry("62", "甘"),
            Map.entry("63", "青"),
            Map.entry("64", "宁"),
            Map.entry("65", "新"));

    private final AgencyMapper agencies;

    AgencyCodes(AgencyMapper agencies) {
        this.agencies = agencies;
    }

    public String of(Agency agency) {
        return agencies.abbreviation(agency.id()).orElseGet(() -> defaultCode(agency));
    }

    /** 浙节监 for the province; lower tiers add their region code unless the agency set its own 代字. */
    public static String defaultCode(Agency agency) {
        String province = PROVINCE_SHORT.getOrDefault(agency.regionCode().substring(0, 2), "");
        return switch (agency.tier()) {
            case PROVINCE -> province + "节监";
            case CITY, COUNTY -> province + "节监" + agency.regionCode();
        };
    }
}
