package cn.energyinspect.app.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the lines of one document: the layouts say "heading", "paragraph", "table"; this class knows the GB/T 9704
 * geometry (2-character paragraph indent, continuation lines flush left, 3号 lines of 1/22 of the 版心).
 */
final class Flow {

    private final Typography type;
    private final List<Line> lines = new ArrayList<>();

    Flow(Typography type) {
        this.type = type;
    }

    Typography type() {
        return type;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    void add(Line line) {
        lines.add(line);
    }

    void space(float lineCount) {
        lines.add(new Line.Space(PageGeometry.LINE * lineCount));
    }

    /** Makes the last line stay on the page of whatever comes next. */
    void keepLastWithNext() {
        Line last = lines.removeLast();
        lines.add(last.keepWithNext() ? last : Line.kept(last));
    }

    /** Centred text, wrapped onto several centred lines when too wide. */
    void centred(TextStyle style, String text, float height) {
        for (String line : new LineBreaker(style::width).wrap(oneLine(text), PageGeometry.WIDTH, PageGeometry.WIDTH)) {
            lines.add(Line.kept(new Line.Text(style, line, (PageGeometry.WIDTH - style.width(line)) / 2, height)));
        }
    }

    /** A body paragraph: first line indented 2 characters, the rest flush left; line breaks in text start new ones. */
    void paragraph(String text) {
        for (String paragraph : text.strip().split("\\R+")) {
            wrapped(type.body(), paragraph, 2 * type.body().em(), 0);
        }
    }

    /** A heading (一、…) in 黑体, indented like a paragraph and kept with what follows. */
    void heading(String text) {
        int start = lines.size();
        wrapped(type.heading(), text, 2 * type.body().em(), 0);
        keepFrom(start);
    }

    /** "label：value" with continuation lines hanging under the value (or 2 characters in for a long label). */
    void field(String label, String value) {
        field(label, value, 0);
    }

    /** A field whose label starts {@code indentChars} characters in. */
    void field(String label, String value, int indentChars) {
        TextStyle body = type.body();
        float indent = indentChars * body.em();
        float labelWidth = body.width(label);
        float hang = labelWidth <= 9 * body.em() ? labelWidth : 2 * body.em();
        wrapped(body, label + oneLine(value), indent, indent + hang);
    }

    /** Numbered item of a list ("1. …"), laid out as a paragraph. */
    void item(int number, String text) {
        wrapped(type.body(), number + ". " + oneLine(text), 2 * type.body().em(), 0);
    }

    /** Keeps every line added since {@code start} with the line after it. */
    void keepFrom(int start) {
        keepFrom(start, lines.size());
    }

    /** Keeps lines {@code start} (inclusive) to {@code end} (exclusive) with the line after each. */
    void keepFrom(int start, int end) {
        for (int i = start; i < Math.min(end, lines.size()); i++) {
            Line line = lines.get(i);
            if (!line.keepWithNext()) {
                lines.set(i, Line.kept(line));
            }
        }
    }

    /** Lets a page break follow the last line again. */
    void unkeepLast() {
        if (lines.getLast() instanceof Line.Kept kept) {
            lines.set(lines.size() - 1, kept.line());
        }
    }

    int mark() {
        return lines.size();
    }

    void table(List<Table.Column> columns, List<List<String>> rows) {
        lines.addAll(Table.lines(columns, rows, type.tableHead(), type.table()));
        space(0.3f);
    }

    /**
     * A line to fill in by hand: each {@code String} is printed, each {@code Number} is an underlined blank that many
     * characters wide; split onto more lines at a segment boundary when too wide.
     */
    void form(Object... segments) {
        FormLine.Builder builder = new FormLine.Builder(type.body());
        for (Object segment : segments) {
            if (segment instanceof Number chars) {
                builder.blank(chars.floatValue());
            } else {
                builder.text(segment.toString());
            }
        }
        lines.addAll(builder.build());
    }

    /**
     * 发文机关署名 centred over the 成文日期 (右空四字), with a seal placeholder pressing on both; kept together with
     * the last line of text before it, so the seal never stands alone on a page.
     */
    void sealedSignature(String agency, LocalDate date) {
        keepLastWithNext();
        lines.add(Line.kept(new Line.Space(PageGeometry.LINE * 1.5f)));
        String dateText = ChineseText.date(date);
        TextStyle body = type.body();
        float dateX = PageGeometry.WIDTH - 4 * body.em() - body.width(dateText);
        float centre = dateX + body.width(dateText) / 2;
        TextStyle agencyStyle = body;
        if (body.width(agency) > PageGeometry.WIDTH) {
            agencyStyle = body.withSize(body.size() * PageGeometry.WIDTH / body.width(agency));
        }
        float agencyWidth = agencyStyle.width(agency);
        float agencyX = Math.max(0, Math.min(centre - agencyWidth / 2, PageGeometry.WIDTH - agencyWidth));
        lines.add(Line.kept(new SealedAgency(agencyStyle, agency, agencyX, centre, type.table())));
        lines.add(new Line.Text(body, dateText, dateX, PageGeometry.LINE));
    }

    private void wrapped(TextStyle style, String text, float firstIndent, float restIndent) {
        List<String> wrapped = new LineBreaker(style::width)
                .wrap(oneLine(text), PageGeometry.WIDTH - firstIndent, PageGeometry.WIDTH - restIndent);
        int last = wrapped.size() - 1;
        for (int i = 0; i <= last; i++) {
            Line line = new Line.Text(style, wrapped.get(i), i == 0 ? firstIndent : restIndent, PageGeometry.LINE);
            // no single first line at the foot of a page, no single last line at the head of one
            lines.add(last > 0 && (i == 0 || i == last - 1) ? Line.kept(line) : line);
        }
    }

    /** Collapses line breaks and tabs: a field or cell is one run of text. */
    static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /** The agency line of the signature block, drawing the 42 mm seal placeholder over it and the date. */
    private record SealedAgency(TextStyle style, String agency, float x, float sealCentre, TextStyle label)
            implements Line {

        private static final float RADIUS = 21 * PageGeometry.POINTS_PER_MM;

        @Override
        public float height() {
            return PageGeometry.LINE;
        }

        @Override
        public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException {
            canvas.text(style, PageGeometry.LEFT + x, style.baseline(top, height()), agency);
            float cx = PageGeometry.LEFT + sealCentre;
            float cy = top - 0.35f * height();
            canvas.dashedCircle(cx, cy, RADIUS, 0.8f, Typography.RED);
            TextStyle red = label.withColor(Typography.RED);
            String text = "（印章）";
            canvas.text(red, cx - red.width(text) / 2, cy + RADIUS * 0.55f, text);
        }
    }
}
