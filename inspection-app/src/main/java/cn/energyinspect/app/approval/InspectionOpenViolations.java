package cn.energyinspect.app.approval;

import cn.energyinspect.app.time.BusinessTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Open violations from the inspection cases: a case not ended ({@code OPEN_CASE}), a rectification past its deadline
 * ({@code RECTIFICATION_OVERDUE}, instead of the plain open case), and a case referred for penalty ({@code
 * PENALTY_PENDING}). Extension point: once the penalty module records whether a penalty was performed, it contributes
 * its own {@link OpenViolations} bean and the referred cases are dropped here (a performed penalty then lifts the
 * hold).
 */
@Component
class InspectionOpenViolations implements OpenViolations {
    private final HoldMapper holds;
    private final BusinessTime time;

    InspectionOpenViolations(HoldMapper holds, BusinessTime time) {
        this.holds = holds;
        this.time = time;
    }

    @Override
    public List<Violation> of(String enterpriseUscc, LocalDate today) {
        List<Violation> open = new ArrayList<>();
        for (HoldMapper.CaseHoldRow row : holds.casesOf(enterpriseUscc)) {
            String kind;
            LocalDate since = time.dateOf(row.openedAt());
            if (row.status().equals("REFERRED_FOR_PENALTY")) {
                kind = "PENALTY_PENDING";
                since = row.closedAt() != null ? time.dateOf(row.closedAt()) : since;
            } else if (row.status().equals("RECTIFYING")
                    && row.rectificationDeadline() != null
                    && row.rectificationDeadline().isBefore(today)) {
                kind = "RECTIFICATION_OVERDUE";
                since = row.rectificationDeadline().plusDays(1);
            } else {
                kind = "OPEN_CASE";
            }
            open.add(new Violation(kind, row.id(), row.caseNumber(), since));
        }
        return open;
    }
}
