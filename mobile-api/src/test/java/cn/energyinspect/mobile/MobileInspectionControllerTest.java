package cn.energyinspect.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The edge of {@code /mobile/v1}: paths, request shapes and Bean Validation, in front of a port that records what
 * reached it. A refused request never reaches the port.
 */
class MobileInspectionControllerTest {
    final RecordingPort port = new RecordingPort();
    final Principal inspector = () -> "insp1";
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new MobileApiConfiguration().mobileInspectionController(port))
                .setValidator(validator)
                .build();
    }

    @Test
    void answers_reach_the_port_with_the_versions_they_were_based_on() throws Exception {
        mvc.perform(put("/mobile/v1/inspections/7/answers")
                        .principal(inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientRequestId\":\"r-1\",\"answers\":{\"A\":{\"value\":true}},"
                                + "\"baseVersions\":{\"A\":3}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clientRequestId").value("r-1"))
                .andExpect(jsonPath("$.versions.A").value(4));

        assertThat(port.calls).containsExactly("answers insp1 7 r-1 {A=3}");
    }

    @Test
    void a_command_without_request_id_or_base_versions_never_reaches_the_port() throws Exception {
        mvc.perform(put("/mobile/v1/inspections/7/answers")
                        .principal(inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{\"A\":{\"value\":true}}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/mobile/v1/inspections/7/answers")
                        .principal(inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientRequestId\":\"r\",\"answers\":{},\"baseVersions\":{\"A\":-1}}"))
                .andExpect(status().isBadRequest());

        assertThat(port.calls).isEmpty();
    }

    @Test
    void a_record_must_name_its_evidence_and_signatures_by_a_sha256() throws Exception {
        String record = "{\"clientRequestId\":\"rec-1\",\"record\":{\"enterpriseRepresentative\":\"王厂长\","
                + "\"representativeSigned\":true,\"inspectorsSigned\":true,\"place\":\"车间\","
                + "\"startedAt\":\"2026-06-01T01:00:00Z\",\"endedAt\":\"2026-06-01T02:00:00Z\","
                + "\"evidence\":[{\"sha256\":\"%s\"}],\"signatures\":[{\"role\":\"INSPECTOR\",\"signer\":\"insp1\","
                + "\"sha256\":\"%s\"}],\"start\":{\"latitude\":30.25,\"longitude\":120.13,\"accuracyMeters\":9}}}";

        mvc.perform(post("/mobile/v1/inspections/7/record")
                        .principal(inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record.formatted("not-a-hash", "b".repeat(64))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/mobile/v1/inspections/7/record")
                        .principal(inspector)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record.formatted("a".repeat(64), "b".repeat(64))))
                .andExpect(status().isOk());

        assertThat(port.calls).containsExactly("record insp1 7 rec-1 evidence=1 signatures=1 start=30.25");
    }

    @Test
    void an_upload_carries_the_file_and_its_metadata_and_the_port_can_read_the_file_twice() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        MockMultipartFile file = new MockMultipartFile("file", "签名.png", "image/png", png);
        MockMultipartFile meta = new MockMultipartFile(
                "meta",
                "",
                "application/json",
                ("{\"kind\":\"SIGNATURE\",\"sha256\":\"" + "c".repeat(64)
                                + "\",\"signerRole\":\"INSPECTOR\",\"signer\":\"insp1\"}")
                        .getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/mobile/v1/inspections/7/evidence")
                        .file(file)
                        .file(meta)
                        .param("clientRequestId", "sig-1")
                        .principal(inspector))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resourceId").value(42));

        assertThat(port.calls).containsExactly("evidence insp1 7 sig-1 SIGNATURE insp1 签名.png 7 bytes, twice equal");
    }

    @Test
    void a_file_whose_metadata_has_no_valid_hash_is_refused_at_the_edge() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "a.jpg", "image/jpeg", new byte[] {1});
        MockMultipartFile meta = new MockMultipartFile(
                "meta",
                "",
                "application/json",
                "{\"kind\":\"VIDEO\",\"sha256\":\"x\"}".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/mobile/v1/inspections/7/evidence")
                        .file(file)
                        .file(meta)
                        .param("clientRequestId", "p-1")
                        .principal(inspector))
                .andExpect(status().isBadRequest());
        assertThat(port.calls).isEmpty();
    }

    @Test
    void reads_go_to_the_port_by_case() throws Exception {
        mvc.perform(get("/mobile/v1/inspections/7/bundle").principal(inspector)).andExpect(status().isOk());
        mvc.perform(get("/mobile/v1/inspections/7/sync").principal(inspector)).andExpect(status().isOk());
        mvc.perform(get("/mobile/v1/inspections/7/trace?round=2").principal(inspector))
                .andExpect(status().isOk());

        assertThat(port.calls).containsExactly("bundle insp1 7", "sync insp1 7", "trace insp1 7 2");
    }

    /** A port that records each call and answers with a small fixed receipt. */
    static final class RecordingPort implements InspectorWorkPort {
        final List<String> calls = new ArrayList<>();

        @Override
        public List<MobileModels.AssignedInspection> assignedInspections(String username) {
            calls.add("assigned " + username);
            return List.of();
        }

        @Override
        public MobileModels.ChecklistForm checklist(String username, long caseId) {
            calls.add("checklist " + username + " " + caseId);
            return null;
        }

        @Override
        public MobileModels.OfflineBundle bundle(String username, long caseId) {
            calls.add("bundle " + username + " " + caseId);
            return new MobileModels.OfflineBundle(
                    caseId, null, null, null, null, List.of(), List.of(), List.of(), List.of());
        }

        @Override
        public MobileModels.Receipt saveAnswers(
                String username,
                long caseId,
                String clientRequestId,
                Map<String, JsonNode> answers,
                Map<String, Integer> baseVersions) {
            calls.add("answers " + username + " " + caseId + " " + clientRequestId + " " + baseVersions);
            return new MobileModels.Receipt(clientRequestId, false, null, "ANSWERS_SAVED", Map.of("A", 4), null);
        }

        @Override
        public MobileModels.Receipt submitRecord(
                String username, long caseId, String clientRequestId, MobileModels.SignedRecord record) {
            calls.add("record " + username + " " + caseId + " " + clientRequestId + " evidence="
                    + record.evidence().size() + " signatures="
                    + record.signatures().size() + " start="
                    + record.start().latitude());
            return new MobileModels.Receipt(clientRequestId, false, caseId, "INSPECTED");
        }

        @Override
        public MobileModels.Receipt uploadEvidence(
                String username,
                long caseId,
                String clientRequestId,
                MobileModels.EvidenceMeta meta,
                MobileModels.UploadedFile file) {
            try (InputStream first = file.open();
                    InputStream second = file.open()) {
                boolean equal = java.util.Arrays.equals(first.readAllBytes(), second.readAllBytes());
                calls.add("evidence " + username + " " + caseId + " " + clientRequestId + " " + meta.kind() + " "
                        + meta.signer() + " " + file.fileName() + " " + file.size() + " bytes, twice "
                        + (equal ? "equal" : "different"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new MobileModels.Receipt(clientRequestId, false, 42L, "EVIDENCE_STORED");
        }

        @Override
        public MobileModels.SyncStatus syncStatus(String username, long caseId) {
            calls.add("sync " + username + " " + caseId);
            return null;
        }

        @Override
        public MobileModels.VisitTrace trace(String username, long caseId, Integer round) {
            calls.add("trace " + username + " " + caseId + " " + round);
            return null;
        }
    }
}
