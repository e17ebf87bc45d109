package cn.energyinspect.app.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks lines onto pages of the 版心 height. Breaks before a chain of kept lines that would not fit (if the chain
 * fits on an empty page at all), drops blank space at the top of a page, and repeats a table's header after a break.
 */
final class Paginator {

    private static final float TOLERANCE = 0.01f;

    private Paginator() {}

    static List<List<Line>> paginate(List<Line> lines, float pageHeight) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (page.isEmpty() && !pages.isEmpty() && line.droppedAtPageTop()) {
                continue;
            }
            float chain = chainHeight(lines, i);
            float repeated = height(line.repeatedAfterBreak());
            boolean chainOverflows = used + chain > pageHeight + TOLERANCE && repeated + chain <= pageHeight;
            boolean lineOverflows = used + line.height() > pageHeight + TOLERANCE;
            if (!page.isEmpty() && (chainOverflows || lineOverflows)) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                if (line.droppedAtPageTop()) {
                    continue;
                }
                page.addAll(line.repeatedAfterBreak());
                used = repeated;
            }
            page.add(line);
            used += line.height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Height of this line and every line it is kept with. */
    private static float chainHeight(List<Line> lines, int from) {
        float height = 0;
        for (int i = from; i < lines.size(); i++) {
            height += lines.get(i).height();
            if (!lines.get(i).keepWithNext()) {
                break;
            }
        }
        return height;
    }

    private static float height(List<Line> lines) {
        float height = 0;
        for (Line line : lines) {
            height += line.height();
        }
        return height;
    }
}
