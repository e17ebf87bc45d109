package cn.energyinspect.mobile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * What the mobile API needs from the application, implemented by inspection-app. Every command carries a
 * client-generated request id: a resend of the same id returns the first answer and changes nothing, so a phone that
 * lost its connection mid-request can simply send again. Refusals are thrown as the application's problem exceptions
 * (RFC 9457 at the edge).
 */
public interface InspectorWorkPort {

    /** The on-site inspections assigned to this inspector's teams and waiting for the visit. */
    List<MobileModels.AssignedInspection> assignedInspections(String username);

    /** The checklist template version of the case and the answers recorded so far. */
    MobileModels.ChecklistForm checklist(String username, long caseId);

    /** Saves answers by item code. */
    MobileModels.Receipt saveAnswers(
            String username, long caseId, String clientRequestId, Map<String, JsonNode> answers);

    /** Submits the signed on-site record; this completes the on-site step and evaluates the findings. */
    MobileModels.Receipt submitRecord(
            String username, long caseId, String clientRequestId, MobileModels.SignedRecord record);

    /** Stores one evidence file (photo or PDF, checked from its content). */
    MobileModels.Receipt uploadEvidence(
            String username, long caseId, String clientRequestId, String fileName, InputStream content);
}
