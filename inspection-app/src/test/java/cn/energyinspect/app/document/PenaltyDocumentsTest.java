package cn.energyinspect.app.document;

import static cn.energyinspect.app.document.DocumentFixtures.ENTERPRISE;
import static cn.energyinspect.app.document.DocumentFixtures.USCC;
import static cn.energyinspect.app.document.DocumentFixtures.header;
import static cn.energyinspect.app.document.DocumentRendererTest.flat;
import static cn.energyinspect.app.document.DocumentRendererTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eight penalty documents, rendered by the shared renderer and read back as text: each carries what the law
 * requires of it (行政处罚法 Arts. 44, 54, 59, 61, 64; 国办发〔2025〕22号 两书同达), and refuses data that cannot make a
 * lawful document.
 */
class PenaltyDocumentsTest {
    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static final LocalDate ON = DocumentFixtures.ISSUED;

    @Test
    void registration_form_names_the_case_source_facts_article_and_approval() throws IOException {
        String text = render(new PenaltyRegistration(
                header("浙节监罚立〔2026〕3号"),
                "浙节监罚案〔2026〕5号",
                "节能监察移送",
                "王建国",
                "熟料综合能耗超过限定值，逾期未整改。",
                "《中华人民共和国节约能源法》第八十三条：重点用能单位无正当理由拒不落实整改要求",
                "节能监察案件移送",
                "陈科长",
                "同意立案"));

        assertThat(text)
                .contains("立案审批表", "浙节监罚立〔2026〕3号", "浙节监罚案〔2026〕5号", ENTERPRISE, USCC, "王建国")
                .contains("案件来源", "节能监察移送", "案情摘要", "第八十三条", "审批意见", "同意立案", "审批人", "陈科长")
                .contains("立案日期", "2026年6月20日");
    }

    @Test
    void notice_states_facts_evidence_basis_intended_penalty_and_the_rights_with_their_days() throws IOException {
        String text = render(notice(LocalDate.of(2026, 6, 26)));

        assertThat(text)
                .contains("行政处罚事先告知书", "浙节监罚告〔2026〕4号", "当事人", ENTERPRISE, USCC, "法定代表人", "王建国")
                .contains("违法事实", flat("熟料综合能耗125kgce/t，超过限定值117kgce/t"))
                .contains("主要证据", "现场监察笔录", "违反的规定", "第十六条", "处罚依据", "第八十三条")
                .contains("拟作出的行政处罚", "罚款人民币150000元")
                .contains("陈述", "申辩", "2026年6月23日前", "不因你单位的陈述、申辩而给予更重的处罚")
                .contains("要求举行听证", "2026年6月26日前", "五个工作日内", "听证不收取费用")
                .contains("联系人", "0571-87050000", "（印章）");
    }

    @Test
    void notice_without_a_hearing_right_offers_none() throws IOException {
        assertThat(render(notice(null))).contains("陈述").doesNotContain("听证");
    }

    @Test
    void hearing_notice_gives_time_place_host_and_the_partys_rights() throws IOException {
        String text = render(new HearingNotice(
                header("浙节监听通〔2026〕1号"),
                "处罚案件 浙节监罚案〔2026〕5号",
                LocalDateTime.of(2026, 7, 2, 9, 30),
                "三楼听证室",
                "周主持",
                true,
                "陈思远",
                "0571-87050000"));

        assertThat(text)
                .contains("听证通知书", "浙节监听通〔2026〕1号", ENTERPRISE)
                .contains("2026年7月2日9时30分", "三楼听证室", "听证主持人", "周主持", "公开举行")
                .contains("一至二人代理", "回避", "视为放弃听证权利", "不收取费用");
    }

    @Test
    void hearing_record_has_attendees_proceedings_report_and_signature_lines() throws IOException {
        String text = render(new HearingRecord(
                header("浙节监听录〔2026〕1号"),
                "处罚案件 浙节监罚案〔2026〕5号",
                LocalDateTime.of(2026, 7, 2, 9, 30),
                "三楼听证室",
                "周主持",
                "当事人委托代理人李律师；调查人员张明华、李晓燕",
                "调查人员陈述了违法事实和证据，当事人代理人提出已开始技改。",
                "建议维持拟作出的处罚决定。"));

        assertThat(text)
                .contains("听证笔录", "浙节监听录〔2026〕1号", "周主持", "李律师", "调查人员陈述了违法事实")
                .contains("听证报告", "建议维持拟作出的处罚决定", "当事人或其代理人（签名）", "听证主持人（签名）");
    }

    @Test
    void decision_has_every_item_of_article_59_the_fine_in_capitals_payment_surcharge_and_remedies()
            throws IOException {
        String text = render(decision());

        assertThat(text)
                .contains("行政处罚决定书", "浙节监罚〔2026〕2号", "当事人", ENTERPRISE, USCC, "法定代表人", "王建国")
                .contains("违法事实和证据", "现场监察笔录", "违反的规定", "第十六条")
                .contains("处罚理由", "当事人陈述未提出新的事实")
                .contains("处罚依据和处罚内容", "第八十三条", "罚款", "壹拾伍万元整", "150000元")
                .contains("15日内", "不直接收缴罚款", "每日按罚款数额的百分之三加处罚款", "不超出罚款的数额")
                .contains("60日内向杭州市西湖区人民政府申请行政复议", "6个月内依法向有管辖权的人民法院提起行政诉讼")
                .contains("信用修复告知书", "浙江省节能监察中心", "2026年6月20日", "（印章）");
    }

    @Test
    void service_receipt_lists_both_documents_served_together() throws IOException {
        String text = render(new ServiceReceipt(
                header("浙节监送〔2026〕2号"),
                "处罚案件 浙节监罚案〔2026〕5号",
                "王建国",
                List.of(
                        new ServiceReceipt.Served("行政处罚决定书", "浙节监罚〔2026〕2号"),
                        new ServiceReceipt.Served("信用修复告知书", "浙节监信修〔2026〕2号")),
                ON,
                "直接送达",
                "当事人办公室",
                List.of("张明华")));

        assertThat(text)
                .contains("送达回证", "受送达人", "王建国", "行政处罚决定书", "浙节监罚〔2026〕2号")
                .contains("信用修复告知书", "浙节监信修〔2026〕2号", "直接送达", "当事人办公室", "张明华", "2026年6月20日")
                .contains("收件人签名或盖章")
                .as("one page: the seal stands with the text")
                .doesNotContain("—2—");
    }

    @Test
    void credit_repair_notice_gives_the_window_its_rules_conditions_and_channel() throws IOException {
        String text = render(new CreditRepairNotice(
                header("浙节监信修〔2026〕2号"),
                "浙节监罚〔2026〕2号",
                "国家发展改革委令第36号",
                "一般",
                true,
                LocalDate.of(2027, 6, 20),
                LocalDate.of(2026, 9, 20),
                "“信用中国”网站信用修复窗口，或本机关"));

        assertThat(text)
                .contains("信用修复告知书", "浙节监罚〔2026〕2号", "两书同达", "国家发展改革委令第36号", "一般")
                .contains("7个工作日内", "2027年6月20日", "2026年9月20日", "最短公示期已满", "缴清罚款")
                .contains("整改复查意见书", "信用承诺", "信用中国");
    }

    @Test
    void no_penalty_decision_gives_reasons_basis_and_remedies() throws IOException {
        String text = render(new NoPenaltyDecision(
                header("浙节监不罚〔2026〕1号"),
                "王建国",
                "未按规定报送能源利用状况报告。",
                "违法行为轻微并及时改正，没有造成危害后果。",
                "《中华人民共和国行政处罚法》第三十三条第一款",
                "杭州市西湖区人民政府",
                null));

        assertThat(text)
                .contains("不予行政处罚决定书", "浙节监不罚〔2026〕1号", ENTERPRISE, "违法行为轻微并及时改正")
                .contains("第三十三条第一款", "不予行政处罚", "60日内", "6个月内");
    }

    @Test
    void a_decision_without_legal_representative_or_evidence_is_not_a_lawful_document() {
        assertThatThrownBy(() -> new PenaltyDecision(
                        header("浙节监罚〔2026〕2号"),
                        null,
                        "事实",
                        List.of("证据"),
                        "第十六条",
                        "第八十三条",
                        List.of("罚款"),
                        "罚款",
                        150_000L,
                        "理由",
                        "银行",
                        "政府",
                        null))
                .hasMessageContaining("法定代表人");
        assertThatThrownBy(() -> new PenaltyNotice(
                        header("浙节监罚告〔2026〕4号"),
                        null,
                        "事实",
                        List.of(),
                        "第十六条",
                        "第八十三条",
                        "罚款",
                        ON.plusDays(3),
                        null,
                        "陈思远",
                        "0571"))
                .hasMessageContaining("主要证据");
        assertThatThrownBy(() -> new PenaltyNotice(
                        header("浙节监罚告〔2026〕4号"),
                        null,
                        "事实",
                        List.of("笔录"),
                        "第十六条",
                        "第八十三条",
                        "罚款",
                        ON,
                        null,
                        "陈思远",
                        "0571"))
                .hasMessageContaining("陈述申辩期限");
    }

    @ParameterizedTest(name = "{0} yuan → {1}")
    @CsvSource({
        "150000, 壹拾伍万元整",
        "100500, 壹拾万零伍佰元整",
        "300000, 叁拾万元整",
        "10001, 壹万零壹元整",
        "2000, 贰仟元整",
        "105000000, 壹亿零伍佰万元整"
    })
    void fines_are_written_in_capitals(long yuan, String capitals) {
        assertThat(PenaltyLayouts.upperYuan(yuan)).isEqualTo(capitals);
    }

    private static PenaltyNotice notice(LocalDate hearingDeadline) {
        return new PenaltyNotice(
                header("浙节监罚告〔2026〕4号"),
                "王建国",
                "熟料综合能耗 125 kgce/t，超过限定值 117 kgce/t，经责令限期整改逾期未整改。",
                List.of("现场监察笔录", "限期整改通知书及送达回证"),
                "GB 16780-2021 表1；《中华人民共和国节约能源法》第十六条",
                "《中华人民共和国节约能源法》第八十三条",
                "罚款人民币150000元",
                LocalDate.of(2026, 6, 23),
                hearingDeadline,
                "陈思远",
                "0571-87050000");
    }

    private static PenaltyDecision decision() {
        return new PenaltyDecision(
                header("浙节监罚〔2026〕2号"),
                "王建国",
                "熟料综合能耗 125 kgce/t，超过限定值 117 kgce/t，经责令限期整改逾期未整改。",
                List.of("现场监察笔录", "限期整改通知书及送达回证"),
                "GB 16780-2021 表1；《中华人民共和国节约能源法》第十六条",
                "《中华人民共和国节约能源法》第八十三条",
                List.of("罚款"),
                "罚款人民币150000元",
                150_000L,
                "当事人陈述未提出新的事实和理由，维持拟作出的处罚。",
                "通过“浙里办”在线缴纳或到指定代收银行",
                "杭州市西湖区人民政府",
                null);
    }

    private static String render(OfficialDocument document) throws IOException {
        return flat(text(RENDERER.render(document)));
    }
}
