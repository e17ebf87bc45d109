package cn.energyinspect.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordCoverageTest {
    static final String PHOTO = "a".repeat(64);
    static final String SIGN_1 = "b".repeat(64);
    static final String SIGN_2 = "c".repeat(64);
    static final String SIGN_REP = "d".repeat(64);
    static final Set<String> TEAM = Set.of("insp1", "insp2");

    static MobileModels.SignedRecord record(boolean representativeSigned, List<MobileModels.Signature> signatures) {
        return new MobileModels.SignedRecord(
                "王厂长",
                representativeSigned,
                representativeSigned ? null : "拒绝签字",
                true,
                "熟料车间",
                Instant.parse("2026-06-01T01:00:00Z"),
                Instant.parse("2026-06-01T02:00:00Z"),
                List.of(new MobileModels.CoveredEvidence(PHOTO.toUpperCase(), "全景")),
                signatures,
                null,
                null);
    }

    static List<MobileModels.Signature> allThree() {
        return List.of(
                new MobileModels.Signature("INSPECTOR", "insp1", SIGN_1),
                new MobileModels.Signature("INSPECTOR", "insp2", SIGN_2),
                new MobileModels.Signature("REPRESENTATIVE", "王厂长", SIGN_REP));
    }

    static Map<String, RecordCoverage.Arrived> arrived(String... hashes) {
        Map<String, RecordCoverage.Arrived> all = Map.of(
                PHOTO, new RecordCoverage.Arrived(1, "PHOTO", null, null),
                SIGN_1, new RecordCoverage.Arrived(2, "SIGNATURE", "INSPECTOR", "insp1"),
                SIGN_2, new RecordCoverage.Arrived(3, "SIGNATURE", "INSPECTOR", "insp2"),
                SIGN_REP, new RecordCoverage.Arrived(4, "SIGNATURE", "REPRESENTATIVE", "王厂长"));
        return java.util.Arrays.stream(hashes).collect(java.util.stream.Collectors.toMap(h -> h, all::get));
    }

    @Test
    void a_record_whose_evidence_and_signatures_have_all_arrived_has_no_gap() {
        assertThat(RecordCoverage.gaps(record(true, allThree()), arrived(PHOTO, SIGN_1, SIGN_2, SIGN_REP), TEAM))
                .isEmpty();
    }

    @Test
    void what_has_not_arrived_is_named_by_its_place_in_the_record_and_is_waiting() {
        var gaps = RecordCoverage.gaps(record(true, allThree()), arrived(SIGN_1, SIGN_2), TEAM);

        assertThat(gaps)
                .extracting(RecordCoverage.Gap::field)
                .containsExactly("evidence[0].sha256", "signatures[2].sha256");
        assertThat(gaps).allMatch(RecordCoverage.Gap::missing);
        assertThat(gaps.get(0).message()).contains("全景");
    }

    @Test
    void fewer_than_two_inspectors_or_a_missing_representative_signature_is_a_wrong_record() {
        var one = List.of(new MobileModels.Signature("INSPECTOR", "insp1", SIGN_1));

        assertThat(RecordCoverage.gaps(record(false, one), arrived(PHOTO, SIGN_1), TEAM))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.field()).isEqualTo("signatures");
                    assertThat(g.missing()).isFalse();
                });
        assertThat(RecordCoverage.gaps(record(true, allThree().subList(0, 2)), arrived(PHOTO, SIGN_1, SIGN_2), TEAM))
                .extracting(RecordCoverage.Gap::message)
                .containsExactly("被监察单位代表已签字，但笔录未附其签名");
    }

    @Test
    void a_signature_of_someone_outside_the_team_or_a_file_that_is_not_that_signature_is_refused() {
        var signatures = List.of(
                new MobileModels.Signature("INSPECTOR", "insp1", SIGN_1),
                new MobileModels.Signature("INSPECTOR", "outsider", SIGN_2),
                new MobileModels.Signature("INSPECTOR", "insp2", PHOTO));

        var gaps = RecordCoverage.gaps(record(false, signatures), arrived(PHOTO, SIGN_1, SIGN_2), TEAM);

        assertThat(gaps)
                .extracting(RecordCoverage.Gap::field)
                .containsExactly("signatures[1].signer", "signatures[2].sha256");
        assertThat(gaps).noneMatch(RecordCoverage.Gap::missing);
    }
}
