package cn.energyinspect.app.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A line with underlined blanks to sign or write in by hand, e.g. 监察人员（签名）：＿＿＿＿ 执法证号：… */
record FormLine(TextStyle style, List<Segment> segments) implements Line {

    /** Text, or a blank of {@code width} points when {@code text} is null. */
    record Segment(String text, float width) {}

    FormLine {
        segments = List.copyOf(segments);
    }

    @Override
    public float height() {
        return PageGeometry.LINE;
    }

    @Override
    public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException {
        float x = PageGeometry.LEFT;
        float baseline = style.baseline(top, height());
        for (Segment segment : segments) {
            if (segment.text() == null) {
                canvas.line(x, baseline - 3, x + segment.width(), baseline - 3, 0.6f, Color.BLACK);
            } else {
                canvas.text(style, x, baseline, segment.text());
            }
            x += segment.width();
        }
    }

    /** Collects segments and starts a new line at a segment boundary when the next one would not fit. */
    static final class Builder {
        private final TextStyle style;
        private final List<FormLine> lines = new ArrayList<>();
        private List<Segment> current = new ArrayList<>();
        private float used;

        Builder(TextStyle style) {
            this.style = style;
        }

        void text(String text) {
            if (style.width(text) <= PageGeometry.WIDTH) {
                add(new Segment(text, style.width(text)));
                return;
            }
            List<String> pieces = new LineBreaker(style::width).wrap(text, PageGeometry.WIDTH, PageGeometry.WIDTH);
            for (String piece : pieces) {
                add(new Segment(piece, style.width(piece)));
            }
        }

        void blank(float chars) {
            add(new Segment(null, Math.min(chars * style.em(), PageGeometry.WIDTH)));
        }

        private void add(Segment segment) {
            if (used + segment.width() > PageGeometry.WIDTH + 0.01f && !current.isEmpty()) {
                lines.add(new FormLine(style, current));
                current = new ArrayList<>();
                used = 0;
            }
            current.add(segment);
            used += segment.width();
        }

        List<FormLine> build() {
            if (!current.isEmpty()) {
                lines.add(new FormLine(style, current));
            }
            return List.copyOf(lines);
        }
    }
}
