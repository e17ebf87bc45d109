package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserDirectory;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The display name of everyone a case's records name by login (the audit trail's actors, the team, uploaders,
 * graders, recorders, issuers, answerers, requesters): the records keep the login, the pages show the person.
 */
@Service
class CasePeople {
    private final InspectionCases cases;
    private final CaseMapper caseRows;
    private final AuditLog audit;
    private final FindingMapper findings;
    private final DocumentMapper documents;
    private final ReviewMapper reviews;
    private final EvidenceMapper evidence;
    private final UserDirectory users;

    CasePeople(
            InspectionCases cases,
            CaseMapper caseRows,
            AuditLog audit,
            FindingMapper findings,
            DocumentMapper documents,
            ReviewMapper reviews,
            EvidenceMapper evidence,
            UserDirectory users) {
        this.cases = cases;
        this.caseRows = caseRows;
        this.audit = audit;
        this.findings = findings;
        this.documents = documents;
        this.reviews = reviews;
        this.evidence = evidence;
        this.users = users;
    }

    /** Login → display name; for the agency's users and auditors (the enterprise reads no internal record). */
    @Transactional(readOnly = true)
    Map<String, String> of(long caseId, CurrentUser user) {
        cases.visible(caseId, user);
        if (user.role() == Role.ENTERPRISE) {
            throw Refusal.notFound("人员");
        }
        Set<String> logins = new HashSet<>();
        audit.ofCase(caseId).forEach(e -> logins.add(e.actor()));
        caseRows.team(caseId).forEach(m -> logins.add(m.username()));
        caseRows.withdrawals(caseId).forEach(w -> {
            logins.add(w.requestedBy());
            logins.add(w.decidedBy());
        });
        caseRows.reschedules(caseId).forEach(r -> logins.add(r.requestedBy()));
        findings.ofCase(caseId).forEach(f -> {
            logins.add(f.gradedBy());
            logins.add(f.recordedBy());
        });
        documents.ofCase(caseId).forEach(d -> logins.add(d.issuedBy()));
        reviews.answerItems(caseId).forEach(a -> logins.add(a.submittedBy()));
        reviews.extensions(caseId).forEach(x -> logins.add(x.requestedBy()));
        evidence.ofCase(caseId).forEach(e -> logins.add(e.uploadedBy()));
        logins.remove(null);
        return users.displayNames(logins);
    }
}
