package org.colophon.pdf.text;

/**
 * The shape a paragraph is set to.
 *
 * @param measure     line width in points
 * @param firstIndent indent of the first line in points (0 after a heading)
 * @param hyphenate   whether words may be hyphenated
 */
public record ParagraphSpec(float measure, float firstIndent, Alignment alignment, boolean hyphenate) {

    public enum Alignment { JUSTIFY, LEFT, RIGHT, CENTER }
}
