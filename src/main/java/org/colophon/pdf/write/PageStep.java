package org.colophon.pdf.write;

import java.util.Arrays;
import java.util.List;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;

/**
 * One thing drawn into a page's content stream, with everything its operators depend on:
 * what {@link DrawnPages} compares to tell whether a page would be drawn as an earlier
 * PDF drew it.
 */
sealed interface PageStep {

    /**
     * A line drawn with its left edge at {@code x} and its baseline at {@code y}, {@code opens}
     * the marked-content operators of its runs (null in an untagged PDF). Equal to another
     * when it draws the same glyphs at the same places: lines taken from the paragraph cache
     * share their runs, so most runs compare by identity.
     */
    record Line(SetLine line, float x, float y, String[] opens) implements PageStep {

        @Override
        public boolean equals(Object o) {
            // compared as Float.compare does, as a record's floats are: -0 is drawn "-0"
            return o instanceof Line other && Float.compare(x, other.x) == 0 && Float.compare(y, other.y) == 0
                    && line.breakHyphenGlyphs() == other.line.breakHyphenGlyphs()
                    && Arrays.equals(opens, other.opens) && sameRuns(line.runs(), other.line.runs());
        }

        @Override
        public int hashCode() {
            int h = 31 * Float.hashCode(x) + Float.hashCode(y);
            for (GlyphRun run : line.runs()) {
                h = 31 * h + run.glyphs().length;
                h = 31 * h + Float.hashCode(run.x());
            }
            return 31 * h + Arrays.hashCode(opens);
        }

        private static boolean sameRuns(List<GlyphRun> a, List<GlyphRun> b) {
            if (a == b) {
                return true;
            }
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameRun(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** What the writer draws of a run: its face, size, rise and colour, its glyphs, their advances and scaling. */
        private static boolean sameRun(GlyphRun a, GlyphRun b) {
            return a == b || Float.compare(a.x(), b.x()) == 0 && a.style().equals(b.style()) && Arrays.equals(a.glyphs(), b.glyphs())
                    && Arrays.equals(a.advances(), b.advances()) && Float.compare(a.scale(), b.scale()) == 0;
        }

        @Override
        public String toString() {
            return "Line[" + line.text() + " at " + x + ", " + y + "]";
        }
    }

    /** A rule {@code width} long and {@code thickness} thick from ({@code x}, {@code y}), opened by {@code open}. */
    record Rule(float x, float y, float width, float thickness, String open) implements PageStep {}
}
