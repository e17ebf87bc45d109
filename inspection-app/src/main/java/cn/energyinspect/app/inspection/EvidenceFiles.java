package cn.energyinspect.app.inspection;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.evidence.EvidenceRejectedException;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence of a case: uploaded by the case's team on site or by the enterprise with its answer — nobody else, not a
 * supervisor, an auditor or an inspector of another team — checked by content (type and size), stored by SHA-256,
 * and readable by everyone who may see the case.
 */
@Service
public class EvidenceFiles {
    private final EvidenceStore store;
    private final EvidenceMapper mapper;
    private final InspectionCases cases;
    private final CaseMapper caseRows;
    private final AuditLog audit;
    private final SearchOutbox search;

    EvidenceFiles(
            EvidenceStore store,
            EvidenceMapper mapper,
            InspectionCases cases,
            CaseMapper caseRows,
            AuditLog audit,
            SearchOutbox search) {
        this.store = store;
        this.mapper = mapper;
        this.cases = cases;
        this.caseRows = caseRows;
        this.audit = audit;
        this.search = search;
    }

    @Transactional
    public EvidenceRow upload(long caseId, MultipartFile file, CurrentUser user) {
        if (file == null || file.isEmpty()) {
            throw Refusal.invalid("file", "请选择要上传的文件");
        }
        try (InputStream content = file.getInputStream()) {
            return upload(caseId, file.getOriginalFilename(), content, user);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload", e);
        }
    }

    @Transactional
    public EvidenceRow upload(long caseId, String fileName, InputStream content, CurrentUser user) {
        requireUploader(cases.visible(caseId, user), user);
        return register(caseId, store(content, fileName), user);
    }

    /** Checks and stores a file's content (content-addressed: the same bytes are kept once); not yet on a case. */
    StoredEvidence store(InputStream content, String fileName) {
        try {
            return store.store(content, fileName);
        } catch (EvidenceRejectedException e) {
            if (e.reason() == EvidenceRejectedException.Reason.TOO_LARGE) {
                throw new Refusal(
                        Refusal.Kind.PAYLOAD_TOO_LARGE,
                        e.getMessage(),
                        List.of(new FieldError("file", e.getMessage())));
            }
            throw Refusal.invalid("file", e.getMessage());
        }
    }

    /** Who may add evidence to a case: its team, and the enterprise it is about; only while it is open. */
    void requireUploader(CaseRow row, CurrentUser user) {
        boolean enterprise = user.role() == cn.energyinspect.app.security.Role.ENTERPRISE
                && row.enterpriseUscc().equals(user.enterpriseUscc());
        boolean team =
                caseRows.team(row.id()).stream().anyMatch(m -> m.username().equals(user.username()));
        if (!enterprise && !team) {
            throw Refusal.forbidden("只有本案监察组成员和被监察企业可以上传证据");
        }
        if (row.status().isFinal()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "案件已" + row.status().label() + "，不能再上传证据");
        }
    }

    /** Records stored content as evidence of the case, uploaded by {@code user}. */
    @Transactional
    EvidenceRow register(long caseId, StoredEvidence stored, CurrentUser user) {
        CaseRow row = cases.visible(caseId, user);
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
                throw Refusal.invalid("evidenceIds", "证据 " + id + " 不属于本案或已被使用");
            }
        }
    }

    /** Metadata and content of one evidence file. */
    public record Download(EvidenceRow evidence, InputStream content) {}

    @Transactional(readOnly = true)
    public Download download(long caseId, long evidenceId, CurrentUser user) {
        cases.visible(caseId, user);
        EvidenceRow evidence = mapper.find(caseId, evidenceId).orElseThrow(() -> Refusal.notFound("证据"));
        return new Download(evidence, store.open(evidence.storageKey()));
    }

    @Transactional(readOnly = true)
    public List<EvidenceRow> ofCase(long caseId, CurrentUser user) {
        cases.visible(caseId, user);
        return mapper.ofCase(caseId);
    }
}
