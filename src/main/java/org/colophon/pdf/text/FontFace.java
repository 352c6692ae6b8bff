package org.colophon.pdf.text;

import java.io.IOException;

/**
 * One TrueType font file, loaded once: measured and shaped with the JDK's font engine,
 * embedded (subset) into PDFs by {@link PdfTextWriter}. Immutable and thread-safe.
 */
public final class FontFace {

    /** Loads a TrueType font; {@code name} is how messages and the PDF name it. */
    public static FontFace load(String name, byte[] trueTypeBytes) throws IOException {
        throw new UnsupportedOperationException("contract stub");
    }

    public String name() {
        throw new UnsupportedOperationException("contract stub");
    }

    /** Distance from baseline to the top of the tallest glyphs, in points at {@code size}. */
    public float ascender(float size) {
        throw new UnsupportedOperationException("contract stub");
    }

    /** Distance from baseline to the bottom of descenders, positive, in points at {@code size}. */
    public float descender(float size) {
        throw new UnsupportedOperationException("contract stub");
    }

    public float capHeight(float size) {
        throw new UnsupportedOperationException("contract stub");
    }

    public float xHeight(float size) {
        throw new UnsupportedOperationException("contract stub");
    }

    public boolean hasGlyph(int codePoint) {
        throw new UnsupportedOperationException("contract stub");
    }
}
