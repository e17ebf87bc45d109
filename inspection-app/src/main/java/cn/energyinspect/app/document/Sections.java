package cn.energyinspect.app.document;

/** Numbers the first-level headings of one document: 一、二、三、… in the order they are written. */
final class Sections {

    private final Flow flow;
    private int count;

    Sections(Flow flow) {
        this.flow = flow;
    }

    void next(String title) {
        count++;
        flow.heading(ChineseText.numeral(count) + "、" + title);
    }
}
