package org.colophon.pdf.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes words with the JDK's font engine (kerning and standard ligatures from the font's
 * GPOS/GSUB) and caches them per face, small-caps flag and text. Small capitals are the
 * font's own (GSUB {@code smcp}), substituted after shaping. Thread-safe.
 */
final class Shaper {

    // fractional metrics so that advances are the font's, not rounded to device pixels
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private record Key(FontFace face, boolean smallCaps, String text) {
        @Override
        public int hashCode() {
            return System.identityHashCode(face) * 31 + text.hashCode() + (smallCaps ? 7 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.face == face && k.smallCaps == smallCaps && k.text.equals(text);
        }
    }

    private final ConcurrentHashMap<Key, ShapedText> cache = new ConcurrentHashMap<>();

    ShapedText shape(FontFace face, boolean smallCaps, String text) {
        Objects.requireNonNull(face, "face");
        Key key = new Key(face, smallCaps, text);
        ShapedText shaped = cache.get(key);
        if (shaped == null) {
            shaped = shapeUncached(face, smallCaps, text);
            ShapedText earlier = cache.putIfAbsent(key, shaped);
            if (earlier != null) {
                shaped = earlier;
            }
        }
        return shaped;
    }

    int cacheSize() {
        return cache.size();
    }

    private static ShapedText shapeUncached(FontFace face, boolean smallCaps, String text) {
        char[] chars = text.toCharArray();
        // small capitals replace lowercase glyphs one for one, so lowercase ligatures must not form
        Font font = face.shapingFont(!smallCaps);
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] charIndices = vector.getGlyphCharIndices(0, count, null);
        int kept = 0;
        int numGlyphs = face.numGlyphs();
        for (int i = 0; i < count; i++) {
            if (codes[i] < numGlyphs) {
                kept++;
            }
        }
        int[] glyphs = new int[kept];
        float[] advances = new float[kept];
        int[] clusters = new int[kept];
        int k = 0;
        for (int i = 0; i < count; i++) {
            float advance = positions[2 * (i + 1)] - positions[2 * i];
            if (codes[i] >= numGlyphs) {
                // an invisible glyph the engine made up (0xFFFF for a zero-width character)
                if (k > 0) {
                    advances[k - 1] += advance;
                }
                continue;
            }
            int glyph = codes[i];
            if (smallCaps) {
                int small = face.smallCap(glyph);
                if (small >= 0) {
                    glyph = small;
                    advance = face.advance(small);
                }
            }
            glyphs[k] = glyph;
            advances[k] = advance;
            clusters[k] = Math.min(charIndices[i], chars.length);
            k++;
        }
        // clusters must be non-decreasing for left-to-right text; guard against odd fonts
        for (int i = 1; i < kept; i++) {
            if (clusters[i] < clusters[i - 1]) {
                clusters[i] = clusters[i - 1];
            }
        }
        for (int i = 0; i < kept; i++) {
            int start = clusters[i];
            int end = i + 1 < kept ? clusters[i + 1] : chars.length;
            if (end > start) {
                face.learnText(glyphs[i], text.substring(start, end));
            }
        }
        return new ShapedText(face, text, glyphs, advances, clusters);
    }
}
