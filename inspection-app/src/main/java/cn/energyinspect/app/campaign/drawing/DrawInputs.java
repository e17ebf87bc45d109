package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.campaign.draw.Candidate;
import cn.energyinspect.app.campaign.draw.Inspector;
import cn.energyinspect.app.campaign.draw.InspectorRoster;
import cn.energyinspect.app.campaign.draw.PoolSnapshot;
import cn.energyinspect.app.campaign.plan.PlanView;
import cn.energyinspect.rules.basis.RegionCodes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Freezes a draw's inputs from the database: the candidate pool of the plan (see {@code DrawMapper.pool}) and the
 * executing agency's inspectors with their declared conflicts (回避), whom they inspected last, and their open cases.
 */
@Component
class DrawInputs {
    private final DrawMapper draws;

    DrawInputs(DrawMapper draws) {
        this.draws = draws;
    }

    PoolSnapshot pool(PlanView plan) {
        return poolWithBasis(plan).snapshot();
    }

    /** The pool and where its risk classes come from. */
    record Pool(PoolSnapshot snapshot, RiskClassBasis riskClassBasis) {}

    Pool poolWithBasis(PlanView plan) {
        List<DrawMapper.PoolRow> rows = draws.pool(
                plan.id(),
                RegionCodes.prefix(plan.regionCode()),
                plan.industries(),
                plan.keyEnergyUnitsOnly(),
                plan.year());
        int screened = (int)
                rows.stream().filter(DrawMapper.PoolRow::riskFromScreening).count();
        List<Candidate> candidates = rows.stream()
                .map(r -> new Candidate(
                        r.uscc(),
                        r.name(),
                        r.countyCode(),
                        r.industryCode(),
                        r.riskClass(),
                        r.lastInspectedOn(),
                        r.named()))
                .toList();
        return new Pool(
                new PoolSnapshot(candidates), RiskClassBasis.of(plan.year() - 1, screened, rows.size() - screened));
    }

    /**
     * The roster as of {@code date} (credentials and conflicts in force then); who inspected whom last is kept only
     * for the pool's enterprises, the rest cannot matter.
     */
    InspectorRoster roster(long agencyId, PoolSnapshot pool, LocalDate date) {
        Set<String> inPool = new HashSet<>();
        pool.candidates().forEach(c -> inPool.add(c.uscc()));
        Map<String, Set<String>> conflicts = byUser(draws.conflicts(agencyId, date), null);
        Map<String, Set<String>> last = byUser(draws.lastInspectors(agencyId), inPool);
        return new InspectorRoster(draws.inspectors(agencyId, date).stream()
                .map(i -> new Inspector(
                        i.username(),
                        i.certificateNo(),
                        i.certificateExpires(),
                        conflicts.getOrDefault(i.username(), Set.of()),
                        last.getOrDefault(i.username(), Set.of()),
                        i.currentLoad()))
                .toList());
    }

    private static Map<String, Set<String>> byUser(List<DrawMapper.UserUscc> rows, Set<String> only) {
        Map<String, Set<String>> map = new HashMap<>();
        for (DrawMapper.UserUscc row : rows) {
            if (only == null || only.contains(row.uscc())) {
                map.computeIfAbsent(row.username(), k -> new TreeSet<>()).add(row.uscc());
            }
        }
        return map;
    }
}
