package cn.energyinspect.app.document;

import static cn.energyinspect.app.document.DocumentFixtures.header;
import static cn.energyinspect.app.document.DocumentFixtures.inspectors;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records refuse data that cannot make a lawful document, with a message that names the field. */
class DocumentValidationTest {

    private static final FindingLine FINDING =
            new FindingLine(1, "问题", "GB 16780-2021 表1", "整改", LocalDate.of(2026, 7, 15));

    @Test
    void an_invalid_unified_social_credit_code_is_refused() {
        assertThatThrownBy(() -> new DocumentHeader(
                        "浙江省节能监察中心", "浙节监改〔2026〕1号", LocalDate.of(2026, 6, 20), "某公司", "91350100M000100Y44", "地址"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("统一社会信用代码")
                .hasMessageContaining("校验码");
    }

    @Test
    void a_blank_header_field_is_refused() {
        assertThatThrownBy(() -> new DocumentHeader(
                        " ", "浙节监改〔2026〕1号", LocalDate.of(2026, 6, 20), "某公司", "91350100M000100Y43", "地址"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuingAgency");
    }

    @Test
    void one_inspector_is_not_enough() {
        assertThatThrownBy(() -> notice(List.of(inspectors().getFirst())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("至少需要2名");
    }

    @Test
    void the_same_certificate_twice_counts_as_one_inspector() {
        Inspector first = inspectors().getFirst();
        assertThatThrownBy(() -> notice(List.of(first, new Inspector("另一人", first.certificateNumber()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("至少需要2名");
    }

    @Test
    void a_deadline_on_or_before_the_issue_date_is_refused() {
        FindingLine due = new FindingLine(1, "问题", "依据", "整改", DocumentFixtures.ISSUED);
        assertThatThrownBy(() -> notice(inspectors(), List.of(due)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("整改期限");
    }

    @Test
    void finding_numbers_must_be_unique() {
        assertThatThrownBy(() -> notice(inspectors(), List.of(FINDING, FINDING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("序号重复");
    }

    @Test
    void a_non_compliant_checklist_answer_needs_its_evidence() {
        assertThatThrownBy(() -> new ChecklistLine("能耗是否超限额", ChecklistAnswer.NON_COMPLIANT, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("note");
        assertThatCode(() -> new ChecklistLine("是否适用", ChecklistAnswer.NOT_APPLICABLE, null))
                .doesNotThrowAnyException();
    }

    @Test
    void a_blank_refusal_reason_is_refused_null_means_signed() {
        assertThatThrownBy(() -> DocumentFixtures.onSiteRecord(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signatureRefusalReason");
    }

    @Test
    void a_reinspection_needs_a_new_deadline_and_only_a_reinspection_has_one() {
        assertThatThrownBy(() -> new ReviewLine(1, "问题", "部分整改", ReviewResult.REINSPECTION_ORDERED, "未完成", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newDeadline");
        assertThatThrownBy(() -> new ReviewLine(1, "问题", "已整改", ReviewResult.ACCEPTED, null, LocalDate.of(2026, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newDeadline");
    }

    @Test
    void an_on_site_record_must_end_after_it_starts() {
        OnSiteRecord valid = DocumentFixtures.onSiteRecord(null);
        assertThatThrownBy(() -> new OnSiteRecord(
                        valid.header(),
                        valid.round(),
                        valid.endedAt(),
                        valid.startedAt(),
                        valid.place(),
                        valid.inspectors(),
                        valid.representative(),
                        valid.checklist(),
                        valid.meterReadings(),
                        valid.equipment(),
                        valid.findings(),
                        valid.remarks(),
                        valid.evidence(),
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endedAt");
    }

    private static RectificationNotice notice(List<Inspector> inspectors) {
        return notice(inspectors, List.of(FINDING));
    }

    private static RectificationNotice notice(List<Inspector> inspectors, List<FindingLine> findings) {
        return new RectificationNotice(
                header("浙节监改〔2026〕12号"),
                LocalDate.of(2026, 6, 10),
                findings,
                LocalDate.of(2026, 7, 20),
                "浙江省人民政府",
                null,
                inspectors,
                "陈思远",
                "0571-87050000");
    }
}
