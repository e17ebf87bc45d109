package cn.energyinspect.app.document;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Font, size, character spacing, weight and colour of a run of text. {@code bold} strokes the outline as well, the
 * usual stand-in for 小标宋/黑体 weights the shipped regular faces lack.
 */
record TextStyle(PDFont font, float size, float charSpacing, boolean bold, Color color) {

    /** Noto CJK: ascender 0.88 em, descender 0.12 em, so centring the em box centres the glyphs. */
    private static final float ASCENT = 0.88f;

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size + charSpacing * text.codePointCount(0, text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One 字 (the width of a Chinese character) in this style. */
    float em() {
        return size + charSpacing;
    }

    /** The baseline that centres this text vertically in a box of {@code height} starting at {@code top}. */
    float baseline(float top, float height) {
        return top - (height - size) / 2 - ASCENT * size;
    }

    TextStyle withColor(Color other) {
        return new TextStyle(font, size, charSpacing, bold, other);
    }

    TextStyle withSize(float other) {
        return new TextStyle(font, other, charSpacing, bold, color);
    }
}
