package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.evidence.EvidenceRejectedException;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.web.ApiProblem;
import cn.energyinspect.app.web.FieldError;
import cn.energyinspect.app.web.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence of a case: uploaded by inspectors on site or by the enterprise with its answer, checked by content (type
 * and size), stored by SHA-256, and readable by everyone who may see the case.
 */
@Service
public class EvidenceFiles {
    private final EvidenceStore store;
    private final EvidenceMapper mapper;
    private final InspectionCases cases;
    private final AuditLog audit;
    private final SearchOutbox search;

    EvidenceFiles(
            EvidenceStore store, EvidenceMapper mapper, InspectionCases cases, AuditLog audit, SearchOutbox search) {
        this.store = store;
        this.mapper = mapper;
        this.cases = cases;
        this.audit = audit;
        this.search = search;
    }

    @Transactional
    public EvidenceRow upload(long caseId, MultipartFile file, CurrentUser user) {
        if (file == null || file.isEmpty()) {
            throw ApiProblem.invalid("file", "请选择要上传的文件");
        }
        try (InputStream content = file.getInputStream()) {
            return upload(caseId, file.getOriginalFilename(), content, user);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload", e);
        }
    }

    @Transactional
    public EvidenceRow upload(long caseId, String fileName, InputStream content, CurrentUser user) {
        CaseRow row = cases.visible(caseId, user);
        if (row.status().isFinal()) {
            throw new ApiProblem(ProblemType.STATE_CONFLICT, "案件已结案，不能再上传证据");
        }
        StoredEvidence stored;
        try {
            stored = store.store(content, fileName);
        } catch (EvidenceRejectedException e) {
            if (e.reason() == EvidenceRejectedException.Reason.TOO_LARGE) {
                throw new ApiProblem(
                        ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), List.of(new FieldError("file", e.getMessage())));
            }
            throw ApiProblem.invalid("file", e.getMessage());
        }
        EvidenceRow evidence = new EvidenceRow(
                null,
                row.id(),
                null,
                null,
                stored.originalFileName(),
                stored.mediaType(),
                stored.sizeBytes(),
                stored.sha256(),
                stored.storageKey(),
                user.username(),
                null);
        mapper.insert(evidence);
        EvidenceRow saved = mapper.latestOf(row.id(), user.username()).orElseThrow();
        audit.record(row.id(), "evidence", saved.id(), "EVIDENCE_UPLOADED", user.username(), null, saved);
        search.caseChanged(row.id());
        return saved;
    }

    /** Links uploaded evidence to a finding's answer; only evidence of this case, not yet linked, may be attached. */
    void attach(long caseId, long answerId, long findingId, List<Long> evidenceIds, CurrentUser user) {
        for (Long id : evidenceIds) {
            if (mapper.link(caseId, id, answerId, findingId) == 0) {
                throw ApiProblem.invalid("evidenceIds", "证据 " + id + " 不属于本案或已被使用");
            }
        }
    }

    /** Metadata and content of one evidence file. */
    public record Download(EvidenceRow evidence, InputStream content) {}

    @Transactional(readOnly = true)
    public Download download(long caseId, long evidenceId, CurrentUser user) {
        cases.visible(caseId, user);
        EvidenceRow evidence = mapper.find(caseId, evidenceId).orElseThrow(() -> ApiProblem.notFound("证据"));
        return new Download(evidence, store.open(evidence.storageKey()));
    }

    @Transactional(readOnly = true)
    public List<EvidenceRow> ofCase(long caseId, CurrentUser user) {
        cases.visible(caseId, user);
        return mapper.ofCase(caseId);
    }
}
