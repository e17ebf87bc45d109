package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise over the years: its cases with their state and outcome, the findings of each, and the cases referred
 * for penalty (行政处罚), year by year, newest first, for the enterprise's page. Approvals join this page once the
 * approval module records them.
 */
@Service
public class EnterpriseHistory {
    private final EnterpriseHistoryMapper mapper;
    private final cn.energyinspect.app.enterprise.EnterpriseMapper enterprises;

    EnterpriseHistory(EnterpriseHistoryMapper mapper, cn.energyinspect.app.enterprise.EnterpriseMapper enterprises) {
        this.mapper = mapper;
        this.enterprises = enterprises;
    }

    /** One case with its findings. */
    public record CaseHistory(
            EnterpriseHistoryMapper.CaseLine line, List<EnterpriseHistoryMapper.FindingLine> findings) {}

    /** One year: its cases, findings by kind, and the cases referred for penalty. */
    public record Year(
            int year, List<CaseHistory> cases, Map<String, Long> findingsByKind, List<String> penaltyReferrals) {}

    public record History(String uscc, String name, List<Year> years) {}

    @Transactional(readOnly = true)
    public History of(String uscc, CurrentUser user) {
        var enterprise = enterprises
                .findByUscc(uscc)
                .filter(e -> user.jurisdiction().coversEnterprise(e.uscc(), e.regionCode()))
                .orElseThrow(() -> Refusal.notFound("企业"));
        Map<Long, List<EnterpriseHistoryMapper.FindingLine>> byCase = new TreeMap<>();
        mapper.findings(uscc)
                .forEach(f -> byCase.computeIfAbsent(f.caseId(), k -> new ArrayList<>())
                        .add(f));
        Map<Integer, List<CaseHistory>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (EnterpriseHistoryMapper.CaseLine line : mapper.cases(uscc)) {
            byYear.computeIfAbsent(line.caseYear(), k -> new ArrayList<>())
                    .add(new CaseHistory(line, byCase.getOrDefault(line.id(), List.of())));
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, cases) -> {
            Map<String, Long> kinds = new TreeMap<>();
            cases.forEach(c -> c.findings().forEach(f -> kinds.merge(f.kind(), 1L, Long::sum)));
            List<String> referrals = cases.stream()
                    .filter(c -> "REFERRED_FOR_PENALTY".equals(c.line().status()))
                    .map(c -> c.line().caseNumber())
                    .toList();
            years.add(new Year(year, cases, kinds, referrals));
        });
        return new History(enterprise.uscc(), enterprise.name(), years);
    }
}
