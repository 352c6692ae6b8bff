package org.colophon.cover;

import java.util.List;

/**
 * A cover spread as written: the PDF's bytes, where its parts lie, and what the build
 * should warn about it (a wrap image drawn for another spine, a blurb cut short).
 */
public record SpreadPdf(byte[] bytes, SpreadGeometry geometry, List<String> warnings) {

    public SpreadPdf {
        warnings = List.copyOf(warnings);
    }
}
