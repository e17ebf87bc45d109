package cn.energyinspect.app.dashboard;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.region.Region;
import cn.energyinspect.rules.region.Regions;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk-review figures of a report year for the viewer's region (issue 16): quota grades by industry, the share
 * below the 基准, the data centres' PUE by GB 40879 grade, and the filing rate of the must-file units by the region one
 * level below. Every code comes with its display name.
 */
@Service
@Transactional(readOnly = true)
public class DeskDashboard {
    static final List<String> GRADES = List.of("GRADE_1", "GRADE_2", "GRADE_3", "OVER_QUOTA", "NOT_GRADED");
    static final List<String> PUE_BUCKETS = List.of("GRADE_1", "GRADE_2", "GRADE_3", "ABOVE_LIMIT", "NOT_GRADED");

    private final DeskDashboardMapper figures;
    private final BusinessTime time;

    DeskDashboard(DeskDashboardMapper figures, BusinessTime time) {
        this.figures = figures;
        this.time = time;
    }

    @Schema(description = "Desk-review figures of a report year in the viewer's region")
    public record DeskDashboardView(
            int year,
            String regionCode,
            String regionName,

            @Schema(description = "表4 lines by GB/T 4754 division: counts per quota grade")
            List<IndustryGrades> quotaGrades,

            @Schema(description = "Of the 表4 lines with a 标杆/基准 position, those below the 基准")
            BelowBaseline belowBaseline,

            @Schema(description = "Data centres by GB 40879 grade (buckets in a fixed order, zero counts included)")
            List<PueBucket> pue,

            @Schema(description = "The must-file units of the year's rounds: all, and by the region one level below")
            Filing filing) {}

    public record IndustryGrades(
            String code,
            String name,
            long grade1,
            long grade2,
            long grade3,
            long overQuota,
            long notGraded,
            long total) {}

    public record BelowBaseline(
            long assessed, long belowBaseline, double sharePercent, List<IndustryShare> byIndustry) {}

    public record IndustryShare(String code, String name, long assessed, long belowBaseline, double sharePercent) {}

    public record PueBucket(String code, String name, long count, BigDecimal minPue, BigDecimal maxPue) {}

    public record Filing(RegionFiling total, List<RegionFiling> byRegion) {}

    @Schema(description = "filed = onTime + late; filedPercent = filed / units")
    public record RegionFiling(
            String code,
            String name,
            long units,
            long filed,
            long onTime,
            long late,
            long missing,
            long pending,
            double filedPercent) {}

    public DeskDashboardView of(CurrentUser user, Integer year) {
        user.requireAgencyUser();
        int latest = time.today().getYear();
        int y = year == null ? latest - 1 : year;
        if (y < 2000 || y > latest) {
            throw Refusal.invalid("year", "报告年度须在 2000–" + latest + " 之间");
        }
        String prefix = user.jurisdiction().regionPrefix();
        String regionCode = user.jurisdiction().regionCode();

        Map<String, long[]> grades = new LinkedHashMap<>();
        for (DeskDashboardMapper.GradeCount g : figures.gradesByIndustry(prefix, y)) {
            int i = GRADES.indexOf(g.grade());
            grades.computeIfAbsent(g.industry(), k -> new long[GRADES.size()])[i < 0 ? GRADES.size() - 1 : i] += g.n();
        }
        List<IndustryGrades> quotaGrades = new ArrayList<>();
        grades.forEach((code, n) -> quotaGrades.add(new IndustryGrades(
                code, industry(code), n[0], n[1], n[2], n[3], n[4], n[0] + n[1] + n[2] + n[3] + n[4])));

        Map<String, long[]> levels = new LinkedHashMap<>();
        for (DeskDashboardMapper.LevelCount l : figures.levelsByIndustry(prefix, y)) {
            long[] n = levels.computeIfAbsent(l.industry(), k -> new long[2]);
            n[0] += l.n();
            if ("ABOVE_BASELINE".equals(l.level())) {
                n[1] += l.n();
            }
        }
        long assessed = 0;
        long below = 0;
        List<IndustryShare> shares = new ArrayList<>();
        for (Map.Entry<String, long[]> e : levels.entrySet()) {
            long[] n = e.getValue();
            assessed += n[0];
            below += n[1];
            shares.add(new IndustryShare(e.getKey(), industry(e.getKey()), n[0], n[1], percent(n[1], n[0])));
        }

        Map<String, DeskDashboardMapper.PueRow> pueRows = new LinkedHashMap<>();
        figures.pue(prefix, y).forEach(r -> pueRows.put(r.bucket(), r));
        List<PueBucket> pue = new ArrayList<>();
        for (String bucket : PUE_BUCKETS) {
            DeskDashboardMapper.PueRow r = pueRows.get(bucket);
            pue.add(new PueBucket(
                    bucket,
                    DisplayNames.of(DisplayNames.Category.PUE_BUCKET, bucket),
                    r == null ? 0 : r.n(),
                    r == null ? null : r.minPue(),
                    r == null ? null : r.maxPue()));
        }

        int digits = Math.min(prefix.length() + 2, 6);
        List<RegionFiling> byRegion = new ArrayList<>();
        long units = 0, onTime = 0, late = 0, missing = 0, pending = 0;
        for (DeskDashboardMapper.FilingRow f : figures.filing(prefix, y, digits)) {
            byRegion.add(filing(f.regionCode(), f.units(), f.onTime(), f.late(), f.missing(), f.pending()));
            units += f.units();
            onTime += f.onTime();
            late += f.late();
            missing += f.missing();
            pending += f.pending();
        }
        return new DeskDashboardView(
                y,
                regionCode,
                regionName(regionCode),
                quotaGrades,
                new BelowBaseline(assessed, below, percent(below, assessed), shares),
                pue,
                new Filing(filing(regionCode, units, onTime, late, missing, pending), byRegion));
    }

    private static RegionFiling filing(String code, long units, long onTime, long late, long missing, long pending) {
        return new RegionFiling(
                code,
                regionName(code),
                units,
                onTime + late,
                onTime,
                late,
                missing,
                pending,
                percent(onTime + late, units));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static String industry(String code) {
        return DisplayNames.knows(DisplayNames.Category.INDUSTRY, code)
                ? DisplayNames.of(DisplayNames.Category.INDUSTRY, code)
                : DisplayNames.of(DisplayNames.Category.INDUSTRY, code.substring(0, 1));
    }

    private static String regionName(String code) {
        return Regions.standard().find(code).map(Region::name).orElse(code);
    }
}
