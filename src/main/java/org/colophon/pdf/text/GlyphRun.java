package org.colophon.pdf.text;

/**
 * Shaped glyphs in one style on one line, ready to draw.
 *
 * @param x        start, in points from the line's left edge
 * @param glyphs   glyph ids in the font
 * @param advances advance of each glyph in points, kerning and justification included;
 *                 the run's width is their sum
 * @param text     the characters these glyphs show (for ToUnicode / ActualText and tests)
 * @param href     link target or null
 */
public record GlyphRun(TextStyle style, float x, int[] glyphs, float[] advances, String text, String href) {

    /** Whether the run puts any ink on the page (the writer skips the others). */
    public boolean drawn() {
        return style.size() > 0 && glyphs.length > 0;
    }

    public float width() {
        float w = 0;
        for (float a : advances) {
            w += a;
        }
        return w;
    }
}
