package org.colophon.cover;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A colour of the cover's own drawing, each component from 0 to 1. */
record Rgb(float r, float g, float b) {

    /** Makes it the fill colour. */
    void fill(PDPageContentStream content) throws IOException {
        content.setNonStrokingColor(r, g, b);
    }

    /** Relative luminance (Rec. 709 weights, on the components as they are). */
    float luminance() {
        return 0.2126f * r + 0.7152f * g + 0.0722f * b;
    }

    /** The colour letters are set in on this ground: the cover's light one on a dark ground, near black on a light one. */
    Rgb lettering() {
        return luminance() < 0.5f ? Covers.LIGHT : new Rgb(0.1f, 0.1f, 0.1f);
    }
}
