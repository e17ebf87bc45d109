package cn.energyinspect.workflow;

import java.util.Objects;

/** Opens the desk review (书面监察) of a case of type DESK opened from a screening. */
public record DeskReviewStart(long caseId, String caseNumber, long agencyId, String enterpriseUscc) {
    public DeskReviewStart {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
    }
}
