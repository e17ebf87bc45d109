package cn.energyinspect.app.penalty.steps;

import cn.energyinspect.app.evidence.EvidenceRejectedException;
import cn.energyinspect.app.evidence.EvidenceStore;
import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.penalty.PenaltyMapper;
import cn.energyinspect.app.penalty.PenaltyParts;
import cn.energyinspect.app.penalty.PenaltyRow;
import cn.energyinspect.app.penalty.PenaltyTransitions;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files of a penalty case (evidence, payment proof, repair materials): checked by content (type and size) by the
 * shared evidence store, stored by SHA-256, recorded on the case.
 */
@Component
public class PenaltyFiles {
    private final EvidenceStore store;
    private final PenaltyMapper penalties;
    private final PenaltyTransitions transitions;
    private final BusinessTime time;

    PenaltyFiles(EvidenceStore store, PenaltyMapper penalties, PenaltyTransitions transitions, BusinessTime time) {
        this.store = store;
        this.penalties = penalties;
        this.transitions = transitions;
        this.time = time;
    }

    /** Stores an upload as a file of {@code purpose} on the (locked) case. */
    public PenaltyParts.File upload(PenaltyRow row, MultipartFile file, String purpose, String by) {
        if (file == null || file.isEmpty()) {
            throw Refusal.invalid("file", "请选择要上传的文件");
        }
        StoredEvidence stored;
        try (InputStream content = file.getInputStream()) {
            stored = store.store(content, file.getOriginalFilename());
        } catch (EvidenceRejectedException e) {
            if (e.reason() == EvidenceRejectedException.Reason.TOO_LARGE) {
                throw new Refusal(
                        Refusal.Kind.PAYLOAD_TOO_LARGE,
                        e.getMessage(),
                        List.of(new FieldError("file", e.getMessage())));
            }
            throw Refusal.invalid("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload", e);
        }
        penalties.insertFile(new PenaltyParts.File(
                null,
                row.id(),
                purpose,
                stored.originalFileName(),
                stored.mediaType(),
                stored.sizeBytes(),
                stored.sha256(),
                stored.storageKey(),
                null,
                by,
                time.now(),
                false));
        PenaltyParts.File saved = penalties.latestFile(row.id(), by).orElseThrow();
        transitions.changed(
                row,
                "penalty_case",
                "PENALTY_EVIDENCE_ADDED",
                by,
                null,
                Map.of("fileId", saved.id(), "purpose", purpose, "name", saved.originalName()));
        return saved;
    }

    /** The stored content of a file of the case. */
    public record Download(PenaltyParts.File file, InputStream content) {}

    public Download download(PenaltyRow row, long fileId) {
        PenaltyParts.File file = penalties.file(row.id(), fileId).orElseThrow(() -> Refusal.notFound("文件"));
        return new Download(file, store.open(file.storageKey()));
    }
}
