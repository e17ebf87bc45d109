package cn.energyinspect.app.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table as wide as the 版心, turned into lines: one per text line of a row, so a tall row can continue on
 * the next page (ruled open at the break) and the header row repeats there.
 */
final class Table {

    /** How a column's text sits in its cell. */
    enum Align {
        LEFT,
        CENTRE
    }

    /** A column: its header, its share of the width, its alignment. */
    record Column(String header, float weight, Align align) {}

    private static final float PAD_X = 3;
    private static final float PAD_Y = 4;
    private static final float RULE = 0.5f;
    /** Rows up to this many lines are kept on one page. */
    private static final int KEPT_ROW_LINES = 12;

    private Table() {}

    static List<Line> lines(List<Column> columns, List<List<String>> rows, TextStyle head, TextStyle cell) {
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        float[] x = new float[columns.size()];
        float[] width = new float[columns.size()];
        float left = 0;
        for (int c = 0; c < columns.size(); c++) {
            x[c] = left;
            width[c] = PageGeometry.WIDTH * columns.get(c).weight() / total;
            left += width[c];
        }
        Grid grid = new Grid(x, width);
        List<Align> centred = columns.stream().map(column -> Align.CENTRE).toList();
        List<Line> header = row(grid, columns.stream().map(Column::header).toList(), centred, head, List.of(), true);
        List<Line> lines = new ArrayList<>(header);
        List<Align> aligns = columns.stream().map(Column::align).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table " + columns.size());
            }
            lines.addAll(row(grid, row, aligns, cell, header, false));
        }
        return lines;
    }

    private static List<Line> row(
            Grid grid, List<String> cells, List<Align> aligns, TextStyle style, List<Line> header, boolean isHeader) {
        LineBreaker breaker = new LineBreaker(style::width);
        List<List<String>> wrapped = new ArrayList<>();
        int count = 1;
        for (int c = 0; c < cells.size(); c++) {
            float inner = grid.width()[c] - 2 * PAD_X;
            List<String> lines = breaker.wrap(Flow.oneLine(cells.get(c)), inner, inner);
            wrapped.add(lines);
            count = Math.max(count, lines.size());
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> texts = new ArrayList<>();
            for (List<String> cell : wrapped) {
                texts.add(i < cell.size() ? cell.get(i) : "");
            }
            boolean first = i == 0;
            boolean last = i == count - 1;
            boolean kept = isHeader || (!last && count <= KEPT_ROW_LINES);
            lines.add(new RowLine(grid, texts, aligns, style, first, last, kept, header));
        }
        return lines;
    }

    private record Grid(float[] x, float[] width) {}

    private record RowLine(
            Grid grid,
            List<String> texts,
            List<Align> aligns,
            TextStyle style,
            boolean firstOfRow,
            boolean lastOfRow,
            boolean keepWithNext,
            List<Line> repeatedAfterBreak)
            implements Line {

        private float pitch() {
            return style.size() * 1.5f;
        }

        @Override
        public float height() {
            return pitch() + (firstOfRow ? PAD_Y : 0) + (lastOfRow ? PAD_Y : 0);
        }

        @Override
        public void draw(Canvas canvas, float top, boolean firstOnPage, boolean lastOnPage) throws IOException {
            float bottom = top - height();
            float baseline = style.baseline(top - (firstOfRow ? PAD_Y : 0), pitch());
            for (int c = 0; c < texts.size(); c++) {
                String text = texts.get(c);
                float cellLeft = PageGeometry.LEFT + grid.x()[c];
                float x = aligns.get(c) == Align.CENTRE
                        ? cellLeft + (grid.width()[c] - style.width(text)) / 2
                        : cellLeft + PAD_X;
                canvas.text(style, x, baseline, text);
                canvas.line(cellLeft, top, cellLeft, bottom, RULE, Color.BLACK);
            }
            canvas.line(PageGeometry.RIGHT, top, PageGeometry.RIGHT, bottom, RULE, Color.BLACK);
            if (firstOfRow || firstOnPage) {
                canvas.line(PageGeometry.LEFT, top, PageGeometry.RIGHT, top, RULE, Color.BLACK);
            }
            if (lastOfRow || lastOnPage) {
                canvas.line(PageGeometry.LEFT, bottom, PageGeometry.RIGHT, bottom, RULE, Color.BLACK);
            }
        }
    }
}
