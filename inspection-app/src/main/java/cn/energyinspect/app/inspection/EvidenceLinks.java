package cn.energyinspect.app.inspection;

import cn.energyinspect.app.refusal.Refusal;
import java.util.List;
import org.springframework.stereotype.Component;

/** Links uploaded evidence to what it supports: a manual finding of the team, or a finding's rectification answer. */
@Component
class EvidenceLinks {
    private final EvidenceMapper evidence;

    EvidenceLinks(EvidenceMapper evidence) {
        this.evidence = evidence;
    }

    /** Only evidence of this case that supports nothing else yet may be attached; otherwise nothing is linked. */
    void attachToFinding(long caseId, long findingId, List<Long> evidenceIds) {
        for (int i = 0; i < evidenceIds.size(); i++) {
            Long id = evidenceIds.get(i);
            if (id == null || evidence.linkToFinding(caseId, id, findingId) == 0) {
                throw Refusal.invalid("evidenceIds[" + i + "]", "证据 " + id + " 不属于本案或已被使用");
            }
        }
    }

    void detachFromFinding(long caseId, long findingId) {
        evidence.unlinkFinding(caseId, findingId);
    }
}
