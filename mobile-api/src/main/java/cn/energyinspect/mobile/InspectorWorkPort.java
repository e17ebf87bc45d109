package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What the mobile API needs from the application, implemented by inspection-app. Every command carries a
 * client-generated request id: a resend of the same id returns the first answer and changes nothing, so a phone that
 * lost its connection mid-request can simply send again. A case the user is not on the team of is not found (404).
 * Refusals are thrown as the application's neutral refusals (RFC 9457 problem details at the edge).
 */
public interface InspectorWorkPort {

    /** The inspections of this inspector's teams whose on-site step is open or coming. */
    List<MobileModels.AssignedInspection> assignedInspections(String username);

    /** The checklist template version of the case and the answers recorded so far, with their versions. */
    MobileModels.ChecklistForm checklist(String username, long caseId);

    /** Everything the visit needs offline, in one answer. */
    MobileModels.OfflineBundle bundle(String username, long caseId);

    /**
     * Saves answers by item code, each checked against the version it was based on: a stale one is a 409 naming the
     * item with both values ({@link MobileModels.AnswerConflict}), an answer after the record is signed a 409.
     */
    MobileModels.Receipt saveAnswers(
            String username,
            long caseId,
            String clientRequestId,
            Map<String, JsonNode> answers,
            Map<String, Integer> baseVersions);

    /**
     * Submits the signed on-site record; this completes the on-site step and evaluates the findings, but only once
     * every evidence item and signature it names has arrived with its hash (409 naming what is missing otherwise).
     */
    MobileModels.Receipt submitRecord(
            String username, long caseId, String clientRequestId, MobileModels.SignedRecord record);

    /**
     * Stores one evidence file (photo, PDF or signature PNG, checked from its content) whose SHA-256 must match the
     * device's (422, nothing stored, otherwise). The same request id or the same file again returns the first receipt.
     */
    MobileModels.Receipt uploadEvidence(
            String username,
            long caseId,
            String clientRequestId,
            MobileModels.EvidenceMeta meta,
            MobileModels.UploadedFile file);

    /** What the server has of this visit. */
    MobileModels.SyncStatus syncStatus(String username, long caseId);

    /** The visit of a round as the device recorded it, for everyone who may read the case. */
    MobileModels.VisitTrace trace(String username, long caseId, Integer round);
}
