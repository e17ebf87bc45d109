package cn.energyinspect.app.dashboard;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.SiteInspectionProcess.Outcomes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures: grouped queries over our case tables in the viewer's region, never Camunda's. */
@Service
@Transactional(readOnly = true)
public class Dashboard {
    private final DashboardMapper figures;
    private final BusinessTime time;

    Dashboard(DashboardMapper figures, BusinessTime time) {
        this.figures = figures;
        this.time = time;
    }

    public DashboardView of(CurrentUser user, LocalDate fromDay, LocalDate toDay) {
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.forbidden("企业用户无权查看监察统计");
        }
        if (fromDay != null && toDay != null && !fromDay.isBefore(toDay)) {
            throw Refusal.invalid("to", "结束日期须晚于开始日期");
        }
        String prefix = user.jurisdiction().regionPrefix();
        // a period of business days is the instants from the start of its first day to the start of its end day
        java.time.Instant from = fromDay == null ? null : time.startOf(fromDay);
        java.time.Instant to = toDay == null ? null : time.startOf(toDay);
        Map<String, Long> byStatus = map(figures.byStatus(prefix, from, to));
        Map<String, DashboardView.RegionFigures> regions = new TreeMap<>();
        int digits = Math.min(prefix.length() + 2, 6);
        for (DashboardMapper.RegionCount row : figures.byRegion(prefix, digits, from, to)) {
            DashboardView.RegionFigures current = regions.get(row.regionCode());
            Map<String, Long> statuses = current == null ? new TreeMap<>() : new TreeMap<>(current.byStatus());
            statuses.merge(row.status(), row.n(), Long::sum);
            regions.put(
                    row.regionCode(),
                    new DashboardView.RegionFigures(
                            row.regionCode(),
                            row.regionName(),
                            (current == null ? 0 : current.cases()) + row.n(),
                            statuses));
        }
        Map<String, Long> outcomes = map(figures.outcomes(prefix, from, to));
        return new DashboardView(
                user.jurisdiction().regionCode(),
                fromDay,
                toDay,
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus,
                new ArrayList<>(regions.values()),
                map(figures.findingsByKind(prefix, from, to)),
                map(figures.findingsByIndustry(prefix, from, to)),
                figures.countOverQuota(prefix, from, to),
                figures.overQuota(prefix, from, to),
                new DashboardView.Rectification(
                        outcomes.getOrDefault(Outcomes.CLOSED_RECTIFIED, 0L),
                        outcomes.getOrDefault(Outcomes.REFERRED_FOR_PENALTY, 0L)),
                figures.overdue(prefix, from, to, time.today()));
    }

    private static Map<String, Long> map(List<DashboardMapper.Count> counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        counts.forEach(c -> map.put(c.key(), c.n()));
        return map;
    }
}
