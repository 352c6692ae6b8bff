package org.colophon.pdf.text;

import java.util.List;

/**
 * The line-setting stage's entry point: shapes a paragraph's text, finds its break
 * opportunities (UAX #14 plus hyphenation) and breaks it into lines by Knuth–Plass
 * total fit. Thread-safe; paragraphs may be set in parallel.
 */
public final class ParagraphSetter {

    public ParagraphSetter(TextResources resources) {
        throw new UnsupportedOperationException("contract stub");
    }

    public List<SetLine> set(List<ParagraphItem> items, ParagraphSpec spec) {
        throw new UnsupportedOperationException("contract stub");
    }

    /** Natural width of a text on one line (for running heads, leaders, titles). */
    public float width(String text, TextStyle style) {
        throw new UnsupportedOperationException("contract stub");
    }
}
