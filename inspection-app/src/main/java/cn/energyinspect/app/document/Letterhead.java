package cn.energyinspect.app.document;

/**
 * The 版头 of the first page (GB/T 9704 §7.2, §7.3.1): the agency's name in red, the 发文字号 under it, a red rule
 * 4 mm below the number, the title in 2号 two lines below the rule; then the enterprise's particulars.
 */
final class Letterhead {

    private static final float MARK_HEIGHT = 1.6f * PageGeometry.LINE;
    private static final float RULE_THICKNESS = 1.5f;

    private Letterhead() {}

    static void compose(Flow flow, OfficialDocument document) {
        Typography type = flow.type();
        DocumentHeader header = document.header();
        TextStyle mark = type.mark();
        float markWidth = mark.width(header.issuingAgency());
        if (markWidth > PageGeometry.WIDTH) {
            mark = mark.withSize(Math.max(type.body().size(), mark.size() * PageGeometry.WIDTH / markWidth));
        }
        flow.centred(mark, header.issuingAgency(), MARK_HEIGHT);
        flow.space(0.6f);
        flow.keepLastWithNext();
        flow.centred(type.body(), header.documentNumber(), PageGeometry.LINE);
        // the text of the number ends (LINE − size)/2 above its line; the rule lies 4 mm below the text
        float offset = 4 * PageGeometry.POINTS_PER_MM
                - (PageGeometry.LINE - type.body().size()) / 2;
        flow.add(Line.kept(new Line.Rule(offset, RULE_THICKNESS, offset + RULE_THICKNESS)));
        flow.space(1);
        flow.keepLastWithNext();
        flow.centred(type.title(), document.kind().title(), 1.4f * PageGeometry.LINE);
        flow.space(0.5f);
    }

    /** 被监察单位, 统一社会信用代码, 地址: the party block every document opens with. */
    static void parties(Flow flow, DocumentHeader header) {
        flow.field("被监察单位：", header.enterpriseName());
        flow.field("统一社会信用代码：", header.enterpriseUscc());
        flow.field("地址：", header.enterpriseAddress());
    }
}
