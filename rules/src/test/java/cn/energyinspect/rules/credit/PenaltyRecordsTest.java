package cn.energyinspect.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PenaltyRecordsTest {
    private static final PenaltyRecords RECORDS = PenaltyRecords.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);
    private static final String PARTY = "91350100M000100Y43";
    private static final String AGENCY = "11330000002482141C";

    @Test
    void a_complete_fine_record_of_an_organisation_passes() {
        assertThat(RECORDS.check(record(), TODAY)).isEmpty();
    }

    @Test
    void an_organisation_needs_its_legal_representative() {
        assertThat(codes(RECORDS.check(withLegalRepresentative(null), TODAY))).containsExactly("CF_FRDB");
    }

    @Test
    void a_fine_needs_its_amount_in_ten_thousand_yuan() {
        PenaltyRecord noAmount = copy(record(), null);

        List<Violation> problems = RECORDS.check(noAmount, TODAY);

        assertThat(codes(problems)).containsExactly("CF_NR_FK");
        assertThat(problems.getFirst().message()).startsWith("罚款金额（万元）：必填");
    }

    @Test
    void two_thousand_yuan_are_exchanged_as_0_2_ten_thousand_yuan() {
        assertThat(PenaltyRecord.tenThousandYuan(2000L)).isEqualByComparingTo("0.2");
        assertThat(RECORDS.exchangeValues(copy(record(), PenaltyRecord.tenThousandYuan(2000L)))
                        .get("CF_NR_FK"))
                .isEqualTo("0.200000");
    }

    @Test
    void a_wrong_check_character_in_the_party_or_the_authority_code_is_named() {
        PenaltyRecord r = record();
        PenaltyRecord bad = new PenaltyRecord(
                r.partyName(),
                r.partyCategory(),
                "91350100M000100Y44",
                null,
                null,
                null,
                r.legalRepresentative(),
                null,
                null,
                null,
                null,
                r.decisionNumber(),
                r.violationType(),
                r.facts(),
                r.legalBasis(),
                r.kinds(),
                r.content(),
                r.fineTenThousandYuan(),
                null,
                null,
                r.decidedOn(),
                r.validUntil(),
                r.publicUntil(),
                r.authority(),
                "11330000002482141G",
                r.dataSource(),
                r.dataSourceUscc(),
                null);

        assertThat(codes(RECORDS.check(bad, TODAY))).containsExactlyInAnyOrder("CF_XDR_SHXYM", "CF_CFJGDM");
    }

    @Test
    void a_natural_person_needs_an_identity_document_and_it_is_never_published() {
        PenaltyRecord person = new PenaltyRecord(
                "张三",
                "自然人",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "浙节监罚〔2026〕1号",
                "违法行为",
                "事实",
                "依据",
                List.of("警告"),
                "警告",
                null,
                null,
                null,
                TODAY,
                TODAY,
                TODAY.plusMonths(3),
                "机关",
                AGENCY,
                "机关",
                AGENCY,
                null);
        assertThat(codes(RECORDS.check(person, TODAY))).containsExactlyInAnyOrder("CF_XDR_ZJLX", "CF_XDR_ZJHM");

        PenaltyRecord identified = new PenaltyRecord(
                "张三",
                "自然人",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "01",
                "330106199001011234",
                "浙节监罚〔2026〕1号",
                "违法行为",
                "事实",
                "依据",
                List.of("警告"),
                "警告",
                null,
                null,
                null,
                TODAY,
                TODAY,
                TODAY.plusMonths(3),
                "机关",
                AGENCY,
                "机关",
                AGENCY,
                null);
        assertThat(RECORDS.check(identified, TODAY)).isEmpty();
        Map<String, Object> shown = RECORDS.publicValues(identified);
        assertThat(shown).doesNotContainKeys("CF_XDR_ZJHM", "CF_XDR_ZJLX", "CF_FR_ZJHM", "CF_FR_ZJLX");
        assertThat(shown.values()).doesNotContain("330106199001011234");
        assertThat(RECORDS.exchangeValues(identified)).containsKey("CF_XDR_ZJHM");
    }

    @Test
    void a_kind_outside_article_9_and_a_category_outside_the_list_are_refused() {
        PenaltyRecord r = record();
        PenaltyRecord bad = new PenaltyRecord(
                r.partyName(),
                "公司",
                r.partyUscc(),
                null,
                null,
                null,
                r.legalRepresentative(),
                null,
                null,
                null,
                null,
                r.decisionNumber(),
                r.violationType(),
                r.facts(),
                r.legalBasis(),
                List.of("罚款", "责令改正"),
                r.content(),
                r.fineTenThousandYuan(),
                null,
                null,
                r.decidedOn(),
                r.validUntil(),
                r.publicUntil(),
                r.authority(),
                r.authorityUscc(),
                r.dataSource(),
                r.dataSourceUscc(),
                null);

        assertThat(codes(RECORDS.check(bad, TODAY))).contains("CF_XDR_LB", "CF_CFLB");
    }

    @Test
    void dates_a_decision_after_today_and_a_validity_before_it_are_refused() {
        PenaltyRecord r = record();
        PenaltyRecord bad = new PenaltyRecord(
                r.partyName(),
                r.partyCategory(),
                r.partyUscc(),
                null,
                null,
                null,
                r.legalRepresentative(),
                null,
                null,
                null,
                null,
                r.decisionNumber(),
                r.violationType(),
                r.facts(),
                r.legalBasis(),
                r.kinds(),
                r.content(),
                r.fineTenThousandYuan(),
                null,
                null,
                TODAY.plusDays(1),
                TODAY,
                r.publicUntil(),
                r.authority(),
                r.authorityUscc(),
                r.dataSource(),
                r.dataSourceUscc(),
                null);

        assertThat(codes(RECORDS.check(bad, TODAY))).containsExactlyInAnyOrder("CF_JDRQ", "CF_YXQ");
    }

    @Test
    void a_name_longer_than_200_characters_is_refused() {
        PenaltyRecord r = record();
        PenaltyRecord bad = new PenaltyRecord(
                "厂".repeat(201),
                r.partyCategory(),
                r.partyUscc(),
                null,
                null,
                null,
                r.legalRepresentative(),
                null,
                null,
                null,
                null,
                r.decisionNumber(),
                r.violationType(),
                r.facts(),
                r.legalBasis(),
                r.kinds(),
                r.content(),
                r.fineTenThousandYuan(),
                null,
                null,
                r.decidedOn(),
                r.validUntil(),
                r.publicUntil(),
                r.authority(),
                r.authorityUscc(),
                r.dataSource(),
                r.dataSourceUscc(),
                null);

        List<Violation> problems = RECORDS.check(bad, TODAY);
        assertThat(codes(problems)).containsExactly("CF_XDR_MC");
        assertThat(problems.getFirst().message()).contains("200");
    }

    @Test
    void the_fields_are_the_thirty_of_the_standard_in_its_order() {
        assertThat(RECORDS.fields()).hasSize(30);
        assertThat(RECORDS.fields().getFirst().code()).isEqualTo("CF_XDR_MC");
        assertThat(RECORDS.field("CF_YXQ").name()).isEqualTo("处罚有效期");
        assertThat(RECORDS.field("CF_GSJZQ").name()).isEqualTo("公示截止期");
    }

    private static List<String> codes(List<Violation> problems) {
        return problems.stream().map(Violation::field).toList();
    }

    static PenaltyRecord record() {
        return new PenaltyRecord(
                "杭州西子节能示范制造有限公司",
                "法人及非法人组织",
                PARTY,
                null,
                null,
                null,
                "王建国",
                null,
                null,
                null,
                null,
                "浙节监330106罚〔2026〕1号",
                "重点用能单位无正当理由拒不落实整改要求",
                "经查，该单位熟料综合能耗 125 kgce/t，超过 GB 16780-2021 限定值，逾期未整改。",
                "《中华人民共和国节约能源法》第八十三条",
                List.of("罚款"),
                "罚款人民币壹拾伍万元整",
                PenaltyRecord.tenThousandYuan(150_000L),
                null,
                null,
                TODAY,
                LocalDate.of(2099, 12, 31),
                TODAY.plusYears(1),
                "杭州市西湖区节能监察大队",
                AGENCY,
                "杭州市西湖区节能监察大队",
                AGENCY,
                null);
    }

    private static PenaltyRecord withLegalRepresentative(String name) {
        PenaltyRecord r = record();
        return new PenaltyRecord(
                r.partyName(),
                r.partyCategory(),
                r.partyUscc(),
                null,
                null,
                null,
                name,
                null,
                null,
                null,
                null,
                r.decisionNumber(),
                r.violationType(),
                r.facts(),
                r.legalBasis(),
                r.kinds(),
                r.content(),
                r.fineTenThousandYuan(),
                null,
                null,
                r.decidedOn(),
                r.validUntil(),
                r.publicUntil(),
                r.authority(),
                r.authorityUscc(),
                r.dataSource(),
                r.dataSourceUscc(),
                null);
    }

    private static PenaltyRecord copy(PenaltyRecord r, BigDecimal fine) {
        return new PenaltyRecord(
                r.partyName(),
                r.partyCategory(),
                r.partyUscc(),
                null,
                null,
                null,
                r.legalRepresentative(),
                null,
                null,
                null,
                null,
                r.decisionNumber(),
                r.violationType(),
                r.facts(),
                r.legalBasis(),
                r.kinds(),
                r.content(),
                fine,
                null,
                null,
                r.decidedOn(),
                r.validUntil(),
                r.publicUntil(),
                r.authority(),
                r.authorityUscc(),
                r.dataSource(),
                r.dataSourceUscc(),
                null);
    }
}
