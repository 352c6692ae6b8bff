package org.colophon.pdf.text;

/**
 * A word shaped once by the font engine, size-independent: glyph ids, their advances in
 * 1/1000 em (kerning included) and the index of the first character of each glyph's
 * cluster. Immutable once built (the arrays are never handed out for writing).
 */
final class ShapedText {

    final FontFace face;
    final String text;
    final int[] glyphs;
    final float[] advances;   // 1/1000 em
    final int[] clusters;     // first char index of each glyph, non-decreasing
    final float width;        // 1/1000 em

    ShapedText(FontFace face, String text, int[] glyphs, float[] advances, int[] clusters) {
        this.face = face;
        this.text = text;
        this.glyphs = glyphs;
        this.advances = advances;
        this.clusters = clusters;
        float w = 0;
        for (float a : advances) {
            w += a;
        }
        this.width = w;
    }

    int length() {
        return glyphs.length;
    }

    /** Index of the glyph whose cluster starts at char {@code offset}, or -1 inside a cluster. */
    int glyphStartingAt(int offset) {
        if (offset >= text.length()) {
            return glyphs.length;
        }
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] == offset) {
                return i;
            }
            if (clusters[i] > offset) {
                return -1;
            }
        }
        return -1;
    }

    /** Width of glyphs [from, to) in 1/1000 em. */
    float width(int from, int to) {
        float w = 0;
        for (int i = from; i < to; i++) {
            w += advances[i];
        }
        return w;
    }

    /** First char index of glyph {@code i}; the text's length past the last glyph. */
    int charStart(int i) {
        return i < clusters.length ? clusters[i] : text.length();
    }
}
