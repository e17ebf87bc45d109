package cn.energyinspect.app.document;

import java.util.ArrayList;
import java.util.List;

/** 节能监察通知书: 依据、内容、时间和要求 (节能监察办法), who will inspect, whom to contact. */
final class InspectionNoticeLayout {

    private InspectionNoticeLayout() {}

    static void compose(InspectionNotice notice, Flow flow) {
        DocumentHeader header = notice.header();
        Letterhead.parties(flow, header);
        if (notice.legalRepresentative() != null) {
            flow.field("法定代表人（负责人）：", notice.legalRepresentative());
        }
        flow.space(0.5f);
        flow.paragraph(
                "为督促你单位依法合理用能，根据有关法律、法规和规章的规定，我单位决定对你单位开展" + notice.mode().label() + "。现将有关事项通知如下：");
        Sections sections = new Sections(flow);
        sections.next("监察依据");
        numbered(flow, notice.legalBasis());
        sections.next("监察内容");
        numbered(flow, notice.content());
        sections.next("监察方式、时间和地点");
        flow.field("监察方式：", notice.mode().label());
        flow.field("监察时间：", period(notice));
        String place = notice.place() != null
                ? notice.place()
                : notice.mode() == InspectionMode.ON_SITE ? header.enterpriseAddress() : null;
        if (place != null) {
            flow.field("监察地点：", place);
        }
        sections.next("有关要求");
        List<String> requirements = new ArrayList<>(notice.requirements());
        requirements.add(
                notice.mode() == InspectionMode.ON_SITE
                        ? "请你单位法定代表人或者负责人及熟悉情况的人员届时在场，如实提供有关资料和情况，配合监察工作，不得拒绝、阻碍监察。"
                        : "请你单位如实提供有关资料和情况，配合监察工作，不得拒绝、阻碍监察。");
        numbered(flow, requirements);
        sections.next("监察人员");
        flow.paragraph("本次监察由" + ChineseText.inspectors(notice.inspectors()) + "实施。监察人员将出示行政执法证件。");
        sections.next("联系方式");
        flow.field("联系人：", notice.contactPerson());
        flow.field("联系电话：", notice.contactPhone());
        flow.paragraph("特此通知。");
        Endings.sealed(flow, header);
        Endings.receipt(flow);
    }

    private static String period(InspectionNotice notice) {
        String start = ChineseText.dateTime(notice.scheduledStart());
        if (notice.scheduledEnd() == null
                || notice.scheduledEnd().equals(notice.scheduledStart().toLocalDate())) {
            return start;
        }
        return start + "起至" + ChineseText.date(notice.scheduledEnd()) + "止";
    }

    static void numbered(Flow flow, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            flow.item(i + 1, items.get(i));
        }
    }
}
