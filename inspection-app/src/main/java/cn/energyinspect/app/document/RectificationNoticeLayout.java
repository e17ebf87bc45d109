package cn.energyinspect.app.document;

import java.util.Comparator;

/**
 * 限期整改通知书: each finding with the rule it breaks, what to do and by when; the report due; the consequence of
 * not complying; the party's remedies (行政复议 60 days, 行政诉讼 6 months). It promises no 陈述申辩: the enterprise
 * was heard before the notice was drafted (the case's statement step), so the notice offers only what the process does.
 */
final class RectificationNoticeLayout {

    /** 行政复议法 (2023) Art. 20. */
    static final int RECONSIDERATION_DAYS = 60;
    /** 行政诉讼法 Art. 46. */
    static final int LITIGATION_MONTHS = 6;

    private RectificationNoticeLayout() {}

    static void compose(RectificationNotice notice, Flow flow) {
        DocumentHeader header = notice.header();
        Letterhead.parties(flow, header);
        flow.space(0.5f);
        flow.paragraph("我单位于" + ChineseText.date(notice.inspectedOn())
                + "对你单位进行了节能监察，发现你单位存在下列问题。根据《中华人民共和国节约能源法》等法律、法规和强制性国家标准的规定，"
                + "现责令你单位按照下列要求限期整改：");
        Sections sections = new Sections(flow);
        sections.next("存在问题及整改要求");
        notice.findings().stream()
                .sorted(Comparator.comparingInt(FindingLine::number))
                .forEach(finding -> finding(flow, finding));
        sections.next("整改报告");
        flow.paragraph("请你单位于" + ChineseText.date(notice.reportDueOn())
                + "前将整改情况书面报告我单位，并附相关证明材料。我单位将对整改情况进行复查。逾期未整改或者整改不符合要求的，"
                + "我单位将依照《中华人民共和国节约能源法》等法律、法规的规定依法处理。");
        sections.next("权利告知");
        String court = notice.court() != null ? notice.court() : "有管辖权的人民法院";
        flow.paragraph("你单位对本通知书不服的，可以自收到本通知书之日起" + RECONSIDERATION_DAYS + "日内向"
                + notice.reconsiderationBody() + "申请行政复议，或者自收到本通知书之日起" + LITIGATION_MONTHS + "个月内依法向"
                + court + "提起行政诉讼。");
        sections.next("监察人员及联系方式");
        flow.field("监察人员：", ChineseText.inspectors(notice.inspectors()));
        flow.field("联系人：", notice.contactPerson());
        flow.field("联系电话：", notice.contactPhone());
        Endings.sealed(flow, header);
        Endings.receipt(flow);
    }

    /** One finding as a numbered block; its first lines stay together so a number never ends a page. */
    private static void finding(Flow flow, FindingLine finding) {
        int start = flow.mark();
        flow.item(finding.number(), finding.description());
        flow.field("违反依据：", finding.legalBasis(), 2);
        flow.field("整改要求：", finding.requiredAction(), 2);
        flow.field("整改期限：", ChineseText.date(finding.deadline()) + "前", 2);
        flow.keepFrom(start, Math.min(start + 3, flow.mark() - 1));
    }
}
