package org.colophon.pdf.write;

import java.util.IdentityHashMap;
import java.util.Map;
import org.colophon.pdf.text.GlyphRun;

/**
 * The TJ operators of the glyph runs a PDF drew, kept for the next PDF of the same book: a
 * rebuild whose lines came from the paragraph cache draws the very same runs, and the
 * operator of a run depends only on the run (its glyphs, their advances and its face), so it
 * is written once. Only what the last PDF drew is kept. For one PDF at a time.
 */
public final class DrawnRuns {

    /** The operator of a run's first {@code glyphs} glyphs (the rest being a hyphen at a break). */
    private record Drawn(int glyphs, String tj) {}

    private Map<GlyphRun, Drawn> earlier = new IdentityHashMap<>();
    private Map<GlyphRun, Drawn> drawn = new IdentityHashMap<>();

    /** Begins a PDF: what the last one drew is what it may take. */
    void startPdf() {
        earlier = drawn;
        drawn = new IdentityHashMap<>();
    }

    /** The operator drawn for the first {@code glyphs} glyphs of {@code run}, or null. */
    String get(GlyphRun run, int glyphs) {
        Drawn d = drawn.get(run);
        if (d == null) {
            d = earlier.get(run);
            if (d != null) {
                drawn.put(run, d);
            }
        }
        return d != null && d.glyphs() == glyphs ? d.tj() : null;
    }

    void put(GlyphRun run, int glyphs, String tj) {
        drawn.put(run, new Drawn(glyphs, tj));
    }
}
