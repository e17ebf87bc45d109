package cn.energyinspect.app.document;

import java.io.IOException;
import java.util.List;

/**
 * One horizontal slice of a document's flow, never split across pages. The paginator stacks lines top-down; a page
 * break may come between any two lines unless the first says {@link #keepWithNext()}.
 */
interface Line {

    float height();

    /** Draws this line with its top edge at {@code top}. */
    void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException;

    default boolean keepWithNext() {
        return false;
    }

    /** Blank space is not carried to the top of a new page. */
    default boolean droppedAtPageTop() {
        return false;
    }

    /** Lines to repeat at the top of a page when a break falls just before this line (a table's header). */
    default List<Line> repeatedAfterBreak() {
        return List.of();
    }

    static Line kept(Line line) {
        return new Kept(line);
    }

    /** A line that stays on the page of the line after it. */
    record Kept(Line line) implements Line {
        @Override
        public float height() {
            return line.height();
        }

        @Override
        public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException {
            line.draw(canvas, top, firstOnPage, lastOnPage);
        }

        @Override
        public boolean keepWithNext() {
            return true;
        }

        @Override
        public List<Line> repeatedAfterBreak() {
            return line.repeatedAfterBreak();
        }
    }

    /** Vertical space. */
    record Space(float height) implements Line {
        @Override
        public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) {}

        @Override
        public boolean droppedAtPageTop() {
            return true;
        }
    }

    /** A run of text at {@code x} (from the left edge of the 版心). */
    record Text(TextStyle style, String text, float x, float height) implements Line {
        @Override
        public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException {
            canvas.text(style, PageGeometry.LEFT + x, style.baseline(top, height), text);
        }
    }

    /** The red rule under the 发文字号, as wide as the 版心, {@code offset} below the top of this line. */
    record Rule(float offset, float thickness, float height) implements Line {
        @Override
        public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException {
            float y = top - offset;
            canvas.line(PageGeometry.LEFT, y, PageGeometry.RIGHT, y, thickness, Typography.RED);
        }
    }
}
