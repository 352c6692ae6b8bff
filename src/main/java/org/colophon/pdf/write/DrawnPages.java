package org.colophon.pdf.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content streams of the pages a PDF drew, compressed as saved, kept for the next PDF
 * of the same book: a page that draws the same steps at the same places as a page of the
 * last PDF (most pages after a one-word edit, those before the edit and those after it
 * when it did not move a line to another page) is given that page's stream as it is,
 * neither drawn nor deflated again. Its key is everything its operators depend on: the
 * text block's corner and every {@link PageStep} (the runs' glyphs, advances and styles,
 * the places, the marked-content operators, whose ids are the page's own); with the bytes
 * is kept what drawing it did to the fonts, to be done again (see
 * {@link PdfTextWriter#replay}). Only what the last PDF used is kept. For one PDF at a time.
 */
public final class DrawnPages {

    /** What a page draws: the text block's top-left corner on the page and its steps. */
    record Key(float left, float top, List<PageStep> steps) {}

    /** A page as drawn: its content stream's bytes (deflated) and the fonts it used. */
    record Drawn(byte[] content, PdfTextWriter.FontsDrawn fonts) {}

    private Map<Key, Drawn> earlier = new HashMap<>();
    private Map<Key, Drawn> drawn = new HashMap<>();
    private boolean srgb;
    private int hits;
    private int misses;

    /** Begins a PDF ({@code srgb}: a print-ready one): what the last one drew is what it may take. */
    void startPdf(boolean srgb) {
        // a print-ready PDF draws its colours in another space than an ordinary one: none of its streams serve the other
        earlier = srgb == this.srgb ? drawn : new HashMap<>();
        this.srgb = srgb;
        drawn = new HashMap<>();
        hits = 0;
        misses = 0;
    }

    /** The page an earlier PDF drew as {@code key} draws, or null. */
    Drawn get(Key key) {
        Drawn d = drawn.get(key);
        if (d == null) {
            d = earlier.get(key);
            if (d != null) {
                drawn.put(key, d);
            }
        }
        return d;
    }

    /** Keeps {@code page}, drawn as {@code key} draws; counts it drawn. */
    void put(Key key, Drawn page) {
        drawn.put(key, page);
        misses++;
    }

    /** Counts a page given an earlier stream. */
    void reused() {
        hits++;
    }

    /** Pages of the last PDF given a stream an earlier one drew, and pages drawn (or drawn again). */
    public int[] counts() {
        return new int[] {hits, misses};
    }
}
