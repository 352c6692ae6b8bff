package org.colophon.cover;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;

/** A colour of the cover's own drawing, each component from 0 to 1. */
record Rgb(float r, float g, float b) {

    /** Makes it the fill colour, in {@code space} (an RGB ICCBased one), or in DeviceRGB when it is null. */
    void fill(PDPageContentStream content, PDColorSpace space) throws IOException {
        if (space == null) {
            content.setNonStrokingColor(r, g, b);
        } else {
            content.setNonStrokingColor(new PDColor(new float[] {r, g, b}, space));
        }
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
