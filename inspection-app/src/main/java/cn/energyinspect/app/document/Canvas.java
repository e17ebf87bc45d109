package cn.energyinspect.app.document;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** The drawing operations lines need, over one page's content stream. */
final class Canvas {

    /** Bézier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream stream;

    Canvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    void text(TextStyle style, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(style.font(), style.size());
        stream.setCharacterSpacing(style.charSpacing());
        stream.setNonStrokingColor(style.color());
        if (style.bold()) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(style.color());
            stream.setLineWidth(style.size() * 0.03f);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.setLineDashPattern(new float[0], 0);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void dashedCircle(float cx, float cy, float r, float width, Color color) throws IOException {
        float k = KAPPA * r;
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.setLineDashPattern(new float[] {4, 3}, 0);
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closeAndStroke();
        stream.setLineDashPattern(new float[0], 0);
    }
}
