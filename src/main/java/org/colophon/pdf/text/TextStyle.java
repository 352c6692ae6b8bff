package org.colophon.pdf.text;

import java.util.List;

/**
 * How a run of text looks.
 *
 * @param font      the face to set it in: the first family of its {@code font-family} that print.css declares
 * @param size      in points
 * @param lang      BCP 47 tag: chooses hyphenation patterns, and the face of polytonic Greek
 * @param smallCaps use the font's small capitals (smcp) where it has them
 * @param rise      baseline shift in points, positive upwards (superscript)
 * @param color     fill colour, 0xRRGGBB
 * @param fallbacks the faces of the families listed after the first in {@code font-family}, in the
 *                  same style and weight: where a word the first face cannot set goes (see {@link FaceChoice})
 */
public record TextStyle(FontFace font, float size, String lang, boolean smallCaps, float rise, int color,
                        List<FontFace> fallbacks) {

    public TextStyle {
        fallbacks = List.copyOf(fallbacks);
    }

    /** A run with no fallback faces of its own. */
    public TextStyle(FontFace font, float size, String lang, boolean smallCaps, float rise, int color) {
        this(font, size, lang, smallCaps, rise, color, List.of());
    }

    /** Black text, as almost all of a book is. */
    public TextStyle(FontFace font, float size, String lang, boolean smallCaps, float rise) {
        this(font, size, lang, smallCaps, rise, 0x000000);
    }

    /** The same look in another face (the one a word was given) or size. */
    TextStyle with(FontFace face, float newSize, boolean newSmallCaps) {
        return new TextStyle(face, newSize, lang, newSmallCaps, rise, color, fallbacks);
    }
}
