package cn.energyinspect.app.document;

import java.util.List;

/**
 * The layouts of the penalty documents (行政处罚 普通程序), each after the 2017 安全生产监管执法文书 model named in
 * credit-and-documents.md B3.2 and laid out on the GB/T 9704 geometry like the inspection documents: 版头 by {@link
 * Letterhead}, the party block, numbered sections, the seal block. Every text that the law requires on a document is
 * printed from the record's fields, so the tests can find each of them in the PDF's text.
 */
final class PenaltyLayouts {

    /** 行政复议法 (2017) Art. 9: 60 days. */
    static final int RECONSIDERATION_DAYS = 60;
    /** 行政诉讼法 Art. 46: 6 months. */
    static final int LITIGATION_MONTHS = 6;
    /** 行政处罚法 Art. 67. */
    static final int PAYMENT_DAYS = 15;

    private PenaltyLayouts() {}

    static void registration(PenaltyRegistration form, Flow flow) {
        parties(flow, form.header(), form.legalRepresentative());
        flow.field("案件编号：", form.caseNumber());
        flow.field("案件来源：", form.source());
        Sections sections = new Sections(flow);
        sections.next("案情摘要");
        flow.paragraph(form.facts());
        sections.next("涉嫌违反的规定及处罚依据");
        flow.paragraph(form.article());
        sections.next("立案意见");
        flow.field("承办人：", form.proposedBy());
        flow.field("审批意见：", form.opinion());
        flow.field("审批人：", form.approvedBy());
        flow.field("立案日期：", ChineseText.date(form.registeredOn()));
        Endings.sealed(flow, form.header());
    }

    static void notice(PenaltyNotice notice, Flow flow) {
        DocumentHeader header = notice.header();
        parties(flow, header, notice.legalRepresentative());
        flow.space(0.5f);
        flow.paragraph("经调查，你单位存在下列违法行为。根据《中华人民共和国行政处罚法》第四十四条的规定，现将我单位拟作出行政处罚的内容及事实、" + "理由、依据告知如下：");
        Sections sections = new Sections(flow);
        sections.next("违法事实");
        flow.paragraph(notice.facts());
        sections.next("主要证据");
        items(flow, notice.evidence());
        sections.next("违反的规定");
        flow.paragraph(notice.violated());
        sections.next("处罚依据及拟作出的行政处罚");
        flow.paragraph("依据" + notice.basis() + "，我单位拟对你单位作出如下行政处罚：" + notice.intendedPenalty() + "。");
        sections.next(notice.hearingDeadline() != null ? "陈述、申辩和听证的权利" : "陈述、申辩的权利");
        flow.paragraph("你单位有权进行陈述和申辩。请于" + ChineseText.date(notice.statementDeadline())
                + "前（含当日）向我单位提出陈述、申辩意见，也可以通过企业门户在线提交；逾期未提出的，视为放弃陈述、申辩的权利。"
                + "我单位不因你单位的陈述、申辩而给予更重的处罚。");
        if (notice.hearingDeadline() != null) {
            flow.paragraph("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有权要求举行听证。要求听证的，应当于"
                    + ChineseText.date(notice.hearingDeadline()) + "前（含当日，即告知后五个工作日内）提出；逾期未提出的，视为放弃听证的权利。"
                    + "听证不收取费用。");
        }
        sections.next("联系方式");
        flow.field("联系人：", notice.contactPerson());
        flow.field("联系电话：", notice.contactPhone());
        Endings.sealed(flow, header);
        receipt(flow, "当事人签收（签名或盖章）：");
    }

    static void hearingNotice(HearingNotice notice, Flow flow) {
        DocumentHeader header = notice.header();
        parties(flow, header, null);
        flow.space(0.5f);
        flow.paragraph("根据你单位的申请，我单位决定就" + notice.caseName() + "举行听证。现将有关事项通知如下：");
        Sections sections = new Sections(flow);
        sections.next("听证时间和地点");
        flow.field("听证时间：", ChineseText.dateTime(notice.hearingAt()));
        flow.field("听证地点：", notice.place());
        flow.field("听证主持人：", notice.host());
        flow.field("听证方式：", notice.publicHearing() ? "公开举行" : "不公开举行（涉及国家秘密、商业秘密或者个人隐私）");
        sections.next("当事人的权利和义务");
        flow.paragraph("你单位可以亲自参加听证，也可以委托一至二人代理，代理人应当提交授权委托书。你单位认为主持人与本案有直接利害关系的，有权申请回避。"
                + "你单位应当按时参加听证；无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，我单位终止听证。听证不收取费用。");
        sections.next("联系方式");
        flow.field("联系人：", notice.contactPerson());
        flow.field("联系电话：", notice.contactPhone());
        Endings.sealed(flow, header);
        receipt(flow, "当事人签收（签名或盖章）：");
    }

    static void hearingRecord(HearingRecord record, Flow flow) {
        parties(flow, record.header(), null);
        flow.field("案件名称：", record.caseName());
        flow.field("听证时间：", ChineseText.dateTime(record.heldAt()));
        flow.field("听证地点：", record.place());
        flow.field("听证主持人：", record.host());
        flow.field("参加人：", record.attendees());
        Sections sections = new Sections(flow);
        sections.next("听证记录");
        flow.paragraph(record.record());
        sections.next("听证报告");
        flow.paragraph(record.report());
        flow.space(1);
        flow.paragraph("以上笔录经当事人核对无误。");
        flow.form("当事人或其代理人（签名）：", 8);
        flow.form("听证主持人（签名）：", 8, "　记录人（签名）：", 8);
    }

    static void decision(PenaltyDecision decision, Flow flow) {
        DocumentHeader header = decision.header();
        parties(flow, header, decision.legalRepresentative());
        flow.space(0.5f);
        Sections sections = new Sections(flow);
        sections.next("违法事实和证据");
        flow.paragraph(decision.facts());
        flow.paragraph("以上事实有下列证据证明：");
        items(flow, decision.evidence());
        sections.next("违反的规定");
        flow.paragraph(decision.violated());
        sections.next("处罚理由");
        flow.paragraph(decision.reasons());
        sections.next("处罚依据和处罚内容");
        flow.paragraph("依据" + decision.basis() + "，我单位决定对你单位给予" + String.join("、", decision.kinds()) + "的行政处罚："
                + decision.content() + "。");
        if (decision.fineYuan() != null) {
            flow.field("罚款金额：", "人民币" + upperYuan(decision.fineYuan()) + "（" + decision.fineYuan() + "元）");
        }
        sections.next("履行方式和期限");
        if (decision.fineYuan() != null) {
            flow.paragraph("你单位应当自收到本决定书之日起" + PAYMENT_DAYS + "日内，" + decision.paymentPlace()
                    + "缴纳罚款（我单位不直接收缴罚款）。到期不缴纳罚款的，我单位将依照《中华人民共和国行政处罚法》第七十二条的规定，"
                    + "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额，并依法申请人民法院强制执行。");
        } else {
            flow.paragraph("你单位应当自收到本决定书之日起履行本决定。");
        }
        sections.next("救济途径");
        String court = decision.court() != null ? decision.court() : "有管辖权的人民法院";
        flow.paragraph("你单位如不服本决定，可以自收到本决定书之日起" + RECONSIDERATION_DAYS + "日内向" + decision.reconsiderationBody()
                + "申请行政复议，或者自收到本决定书之日起" + LITIGATION_MONTHS + "个月内依法向" + court
                + "提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。");
        flow.paragraph("本决定书与《信用修复告知书》一并送达。");
        Endings.sealed(flow, header);
        receipt(flow, "当事人签收（签名或盖章）：");
    }

    static void serviceReceipt(ServiceReceipt receipt, Flow flow) {
        DocumentHeader header = receipt.header();
        flow.field("案件名称：", receipt.caseName());
        flow.field("受送达人：", receipt.recipient());
        flow.field("统一社会信用代码：", header.enterpriseUscc());
        flow.field("送达地点：", receipt.place());
        flow.field("送达日期及方式：", ChineseText.date(receipt.servedOn()) + "，" + receipt.method());
        flow.field("送达人：", String.join("、", receipt.servers()));
        List<List<String>> rows = receipt.documents().stream()
                .map(d -> List.of(d.title(), d.documentNumber(), ""))
                .toList();
        flow.table(
                List.of(
                        new Table.Column("送达文书名称", 3, Table.Align.LEFT),
                        new Table.Column("文号", 3.5f, Table.Align.LEFT),
                        new Table.Column("收件人签名或盖章", 3, Table.Align.CENTRE)),
                rows);
        flow.paragraph("备注：留置送达的，应当注明拒收事由、日期，并由见证人签名；电子送达须当事人签署送达地址确认书。");
        flow.form("签收日期：", "　　　　年　　月　　日");
        Endings.sealed(flow, header);
    }

    static void creditRepairNotice(CreditRepairNotice notice, Flow flow) {
        DocumentHeader header = notice.header();
        parties(flow, header, null);
        flow.space(0.5f);
        flow.paragraph("我单位已对你单位作出《行政处罚决定书》（" + notice.decisionNumber()
                + "）。根据《国务院办公厅关于进一步完善信用修复制度的实施方案》（国办发〔2025〕22号）“两书同达”的要求，现将有关信用修复事项告知如下：");
        Sections sections = new Sections(flow);
        sections.next("行政处罚信息的公示");
        if (notice.published()) {
            flow.paragraph("依据" + notice.regime() + "，该行政处罚信息属" + notice.tier()
                    + "失信行为信息，将自处罚决定之日起7个工作日内在本平台及信用网站公示，公示至" + ChineseText.date(notice.publicUntil()) + "，期满自动停止公示。");
        } else {
            flow.paragraph("依据" + notice.regime() + "，该行政处罚信息属" + notice.tier() + "失信行为信息，原则上不予公示。");
        }
        sections.next("信用修复的条件");
        flow.paragraph("自" + ChineseText.date(notice.repairFrom()) + "起，你单位同时符合下列条件的，可以申请信用修复，修复后提前停止公示：");
        items(
                flow,
                List.of(
                        "最短公示期已满；",
                        "已全面履行行政处罚决定规定的义务（如缴清罚款）；",
                        "违法行为已整改到位，并取得整改复查意见书；",
                        "公开作出信用承诺；",
                        "法律、行政法规和党中央、国务院政策文件规定的其他条件。"));
        sections.next("申请渠道和材料");
        flow.paragraph("申请渠道：" + notice.channel() + "。申请材料：信用修复申请书、信用承诺书、履行义务的证明材料（罚款缴纳凭证）、整改复查意见书。");
        Endings.sealed(flow, header);
    }

    static void noPenaltyDecision(NoPenaltyDecision decision, Flow flow) {
        DocumentHeader header = decision.header();
        parties(flow, header, decision.legalRepresentative());
        flow.space(0.5f);
        Sections sections = new Sections(flow);
        sections.next("违法事实");
        flow.paragraph(decision.facts());
        sections.next("不予行政处罚的理由和依据");
        flow.paragraph(decision.reasons());
        flow.paragraph("依据" + decision.basis() + "，我单位决定对你单位不予行政处罚。你单位应当对违法行为及时改正，我单位将依法加强监督检查。");
        sections.next("救济途径");
        String court = decision.court() != null ? decision.court() : "有管辖权的人民法院";
        flow.paragraph("你单位如不服本决定，可以自收到本决定书之日起" + RECONSIDERATION_DAYS + "日内向" + decision.reconsiderationBody()
                + "申请行政复议，或者自收到本决定书之日起" + LITIGATION_MONTHS + "个月内依法向" + court + "提起行政诉讼。");
        Endings.sealed(flow, header);
        receipt(flow, "当事人签收（签名或盖章）：");
    }

    /** 当事人, 统一社会信用代码, 法定代表人, 地址. */
    private static void parties(Flow flow, DocumentHeader header, String legalRepresentative) {
        flow.field("当事人：", header.enterpriseName());
        flow.field("统一社会信用代码：", header.enterpriseUscc());
        if (legalRepresentative != null) {
            flow.field("法定代表人：", legalRepresentative);
        }
        flow.field("地址：", header.enterpriseAddress());
    }

    private static void items(Flow flow, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            flow.item(i + 1, items.get(i));
        }
    }

    private static void receipt(Flow flow, String label) {
        flow.space(1);
        flow.keepLastWithNext();
        flow.form(label, 8);
        flow.keepLastWithNext();
        flow.form("签收日期：", "　　　　年　　月　　日");
    }

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"仟", "佰", "拾", ""};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    /** 150000 → 壹拾伍万元整, 100500 → 壹拾万零伍佰元整: the amount in capitals as financial documents write it. */
    static String upperYuan(long yuan) {
        if (yuan <= 0 || yuan >= 10_000_000_000_000_000L) {
            throw new IllegalArgumentException("amount out of range: " + yuan);
        }
        java.util.Deque<Integer> groups = new java.util.ArrayDeque<>();
        for (long rest = yuan; rest > 0; rest /= 10_000) {
            groups.push((int) (rest % 10_000));
        }
        StringBuilder out = new StringBuilder();
        boolean zeroBefore = false;
        int unit = groups.size() - 1;
        for (int group : groups) {
            if (group == 0) {
                zeroBefore = !out.isEmpty();
            } else {
                if (zeroBefore || (!out.isEmpty() && group < 1000)) {
                    out.append('零');
                }
                out.append(fourDigits(group)).append(GROUPS[unit]);
                zeroBefore = false;
            }
            unit--;
        }
        return out + "元整";
    }

    private static String fourDigits(int value) {
        String digits = String.format("%04d", value);
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int digit = digits.charAt(i) - '0';
            if (digit == 0) {
                zero = !out.isEmpty();
            } else {
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(digit)).append(UNITS[i]);
            }
        }
        return out.toString();
    }
}
