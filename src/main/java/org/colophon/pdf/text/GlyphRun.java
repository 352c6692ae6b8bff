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
 * @param scale    horizontal glyph scaling (1: none; 1.01: drawn one percent wider), which
 *                 the advances already include: the PDF draws it with {@code Tz}
 */
public record GlyphRun(TextStyle style, float x, int[] glyphs, float[] advances, String text, String href,
                       float scale) {

    /** A run drawn at the glyphs' own width. */
    public GlyphRun(TextStyle style, float x, int[] glyphs, float[] advances, String text, String href) {
        this(style, x, glyphs, advances, text, href, 1f);
    }

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
