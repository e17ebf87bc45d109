package cn.energyinspect.app.inspection;

import cn.energyinspect.app.agency.Agency;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers per agency and year, e.g. {@code 浙节监〔2026〕第0012号}: gap-free and duplicate-free under concurrent
 * creation because the sequence row stays locked until the transaction that opens the case commits (a rolled-back case
 * gives its number back).
 */
@Component
class CaseNumbers {
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

    private final CaseMapper cases;
    private final CaseSequenceRows sequenceRows;

    CaseNumbers(CaseMapper cases, CaseSequenceRows sequenceRows) {
        this.cases = cases;
        this.sequenceRows = sequenceRows;
    }

    record Allocated(int year, int sequence, String caseNumber) {}

    /** The next number of {@code agency} in {@code year}; must run inside the transaction that inserts the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    Allocated next(Agency agency, int year) {
        Integer sequence = cases.nextSequence(agency.id(), year);
        if (sequence == null) {
            sequenceRows.ensure(agency.id(), year);
            sequence = cases.nextSequence(agency.id(), year);
        }
        cases.advanceSequence(agency.id(), year, sequence);
        String prefix = cases.abbreviation(agency.id()).orElseGet(() -> defaultAbbreviation(agency));
        return new Allocated(year, sequence, String.format("%s〔%d〕第%04d号", prefix, year, sequence));
    }

    /** 浙节监 for the province; lower tiers add their region code unless the agency set its own 代字. */
    static String defaultAbbreviation(Agency agency) {
        String province = PROVINCE_SHORT.getOrDefault(agency.regionCode().substring(0, 2), "");
        return switch (agency.tier()) {
            case PROVINCE -> province + "节监";
            case CITY, COUNTY -> province + "节监" + agency.regionCode();
        };
    }
}
