package org.colophon.pdf.text;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws set lines into a PDF as glyph ids with TJ positioning, embedding each face once
 * per document as a subset Type 0 font whose ToUnicode maps ligatures back to their
 * letters. One per document; not thread-safe.
 */
public final class PdfTextWriter {

    public PdfTextWriter(PDDocument document) {
        throw new UnsupportedOperationException("contract stub");
    }

    /** Draws {@code line} with its left edge at {@code x} and its baseline at {@code baseline}. */
    public void drawLine(PDPageContentStream content, SetLine line, float x, float baseline) throws IOException {
        throw new UnsupportedOperationException("contract stub");
    }

    /** Embeds the subsets of every face used; call once, before saving the document. */
    public void finish() throws IOException {
        throw new UnsupportedOperationException("contract stub");
    }
}
