package cn.energyinspect.app.dashboard;

import cn.energyinspect.app.inspection.OverdueSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of the supervisors' dashboard for the viewer's region: every chart's data, each keyed so a click can
 * open the case list filtered the same way ({@code status}, {@code regionCode}).
 *
 * @param regions the regions one level below the viewer's (the viewer's own for a county), with cases by status
 * @param findingsByIndustry by GB/T 4754 division (e.g. {@code C30}), the 20 largest
 * @param rectification closed after rectification in time vs referred for penalty (deadline passed)
 */
public record DashboardView(
        String regionCode,
        LocalDate from,
        LocalDate to,
        long cases,
        Map<String, Long> casesByStatus,
        List<RegionFigures> regions,
        Map<String, Long> findingsByKind,
        Map<String, Long> findingsByIndustry,
        long overQuotaEnterprises,
        List<DashboardMapper.OverQuota> overQuota,
        Rectification rectification,
        OverdueSteps overdueSteps) {

    public record RegionFigures(String regionCode, String regionName, long cases, Map<String, Long> byStatus) {}

    public record Rectification(long onTime, long late) {}
}
