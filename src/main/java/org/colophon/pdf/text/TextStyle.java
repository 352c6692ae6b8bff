package org.colophon.pdf.text;

/**
 * How a run of text looks.
 *
 * @param font      the face to set it in (fallback faces come from {@link TextResources})
 * @param size      in points
 * @param lang      BCP 47 tag: chooses hyphenation patterns
 * @param smallCaps use the font's small capitals (smcp) where it has them
 * @param rise      baseline shift in points, positive upwards (superscript)
 * @param color     fill colour, 0xRRGGBB
 */
public record TextStyle(FontFace font, float size, String lang, boolean smallCaps, float rise, int color) {

    /** Black text, as almost all of a book is. */
    public TextStyle(FontFace font, float size, String lang, boolean smallCaps, float rise) {
        this(font, size, lang, smallCaps, rise, 0x000000);
    }
}
