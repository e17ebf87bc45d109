package cn.energyinspect.app.document;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text styles of one PDF (fonts are bound to their document). Sizes after GB/T 9704: 3号 = 16 pt body, 2号 =
 * 22 pt title, 4号 = 14 pt page numbers; tables use 小四 = 12 pt so five columns stay readable.
 */
record Typography(
        TextStyle body,
        TextStyle heading,
        TextStyle title,
        TextStyle mark,
        TextStyle table,
        TextStyle tableHead,
        TextStyle pageNumber) {

    /** The red of 版头 and seal (C0 M100 Y100 K0). */
    static final Color RED = new Color(230, 0, 18);

    /** 28 characters of 16 pt make 158 mm, 2 mm more than the 版心: tighten each by 0.21 pt. */
    static final float BODY_SPACING = PageGeometry.WIDTH / 28 - 16;

    /** @param fonts parsed fonts lent to this document until it is saved (see {@link ParsedFonts}) */
    static Typography embed(PDDocument pdf, ParsedFonts.Pair fonts) throws IOException {
        // embedSubset = true: only the glyphs used are embedded, when the document is saved
        PDType0Font serif = PDType0Font.load(pdf, fonts.serif(), true);
        PDType0Font sans = PDType0Font.load(pdf, fonts.sans(), true);
        return new Typography(
                new TextStyle(serif, 16, BODY_SPACING, false, Color.BLACK),
                new TextStyle(sans, 16, BODY_SPACING, false, Color.BLACK),
                new TextStyle(serif, 22, 0, true, Color.BLACK),
                new TextStyle(serif, 26, 0, true, RED),
                new TextStyle(serif, 12, 0, false, Color.BLACK),
                new TextStyle(sans, 12, 0, false, Color.BLACK),
                new TextStyle(serif, 14, 0, false, Color.BLACK));
    }
}
