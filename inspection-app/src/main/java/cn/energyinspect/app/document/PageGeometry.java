package cn.energyinspect.app.document;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** GB/T 9704-2012 §5: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters. */
final class PageGeometry {

    static final float POINTS_PER_MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 28 * POINTS_PER_MM;
    static final float WIDTH = 156 * POINTS_PER_MM;
    static final float RIGHT = LEFT + WIDTH;
    static final float TOP = PAGE.getHeight() - 37 * POINTS_PER_MM;
    static final float HEIGHT = 225 * POINTS_PER_MM;
    static final float BOTTOM = TOP - HEIGHT;
    /** 22 lines fill the 版心. */
    static final float LINE = HEIGHT / 22;
    /** The dashes of the page number sit 7 mm below the 版心. */
    static final float PAGE_NUMBER_GAP = 7 * POINTS_PER_MM;

    private PageGeometry() {}
}
