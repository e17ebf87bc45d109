package cn.energyinspect.app.document;

import java.util.Comparator;
import java.util.List;

/**
 * 整改复查意见书 after the 安监复查 form: the original notice, item-by-item 整改情况 and verdict, and the conclusion
 * derived from the verdicts (so the text can never contradict them), with optional remarks.
 */
final class ReviewOpinionLayout {

    private ReviewOpinionLayout() {}

    static void compose(ReviewOpinion opinion, Flow flow) {
        DocumentHeader header = opinion.header();
        Letterhead.parties(flow, header);
        flow.space(0.5f);
        flow.paragraph("我单位于" + ChineseText.date(opinion.originalNoticeDate()) + "向你单位作出《限期整改通知书》（"
                + opinion.originalNoticeNumber() + "），责令你单位对存在的问题限期整改。" + ChineseText.date(opinion.reviewedOn())
                + "，我单位对你单位的整改情况进行了复查。现将复查意见告知如下：");
        Sections sections = new Sections(flow);
        sections.next("逐项复查意见");
        List<ReviewLine> lines = opinion.lines().stream()
                .sorted(Comparator.comparingInt(ReviewLine::findingNumber))
                .toList();
        lines.forEach(line -> line(flow, line));
        sections.next("复查结论");
        conclusion(flow, lines);
        if (opinion.remarks() != null) {
            flow.paragraph(opinion.remarks());
        }
        sections.next("复查人员");
        flow.field("复查人员：", String.join("、", opinion.reviewers()));
        Endings.sealed(flow, header);
        Endings.receipt(flow);
    }

    private static void line(Flow flow, ReviewLine line) {
        int start = flow.mark();
        flow.paragraph(line.findingNumber() + ". 原通知书第" + line.findingNumber() + "项：" + line.finding());
        flow.field("整改情况：", line.enterpriseAction(), 2);
        flow.field("复查结论：", line.result().label(), 2);
        if (line.opinion() != null) {
            flow.field("复查意见：", line.opinion(), 2);
        }
        if (line.newDeadline() != null) {
            flow.field("整改期限：", ChineseText.date(line.newDeadline()) + "前", 2);
        }
        flow.keepFrom(start, Math.min(start + 3, flow.mark() - 1));
    }

    private static void conclusion(Flow flow, List<ReviewLine> lines) {
        List<Integer> again = numbers(lines, ReviewResult.REINSPECTION_ORDERED);
        List<Integer> rejected = numbers(lines, ReviewResult.REJECTED);
        int accepted = lines.size() - again.size() - rejected.size();
        StringBuilder text = new StringBuilder("本次共复查" + lines.size() + "项，其中已整改到位" + accepted + "项，责令继续整改"
                + again.size() + "项，不予认可" + rejected.size() + "项。");
        if (again.isEmpty() && rejected.isEmpty()) {
            text.append("原通知书所列问题均已整改到位，本次整改复查通过。");
        }
        if (!again.isEmpty()) {
            text.append("你单位应当在上述期限内完成" + items(again) + "的整改并书面报告，我单位将再次复查。");
        }
        if (!rejected.isEmpty()) {
            text.append("你单位对" + items(rejected) + "未整改或者整改不符合要求，我单位将依照《中华人民共和国节约能源法》等法律、法规的规定依法处理。");
        }
        flow.paragraph(text.toString());
    }

    private static List<Integer> numbers(List<ReviewLine> lines, ReviewResult result) {
        return lines.stream()
                .filter(line -> line.result() == result)
                .map(ReviewLine::findingNumber)
                .toList();
    }

    /** 第1、3项. */
    private static String items(List<Integer> numbers) {
        return "第" + String.join("、", numbers.stream().map(String::valueOf).toList()) + "项";
    }
}
