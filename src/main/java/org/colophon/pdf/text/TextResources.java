package org.colophon.pdf.text;

import java.util.List;
import org.colophon.error.Warnings;

/**
 * Shared, cached, thread-safe resources for setting text: fallback fonts, hyphenation
 * patterns per language, shaping caches. One per build.
 *
 * @param fallbacks faces tried in order for characters the run's face lacks
 * @param warnings  where to report characters no face has
 */
public final class TextResources {

    public TextResources(List<FontFace> fallbacks, Warnings warnings) {
        throw new UnsupportedOperationException("contract stub");
    }
}
