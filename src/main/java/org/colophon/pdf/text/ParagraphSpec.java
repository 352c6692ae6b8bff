package org.colophon.pdf.text;

/**
 * The shape a paragraph is set to.
 *
 * @param measure     line width in points
 * @param firstIndent indent of the first line in points (0 after a heading)
 * @param hyphenate   whether words may be hyphenated
 * @param balance     a ragged paragraph's lines are made as even as its number of lines
 *                    allows (CSS {@code text-wrap: balance}): for headings and titles
 * @param codeWrap    null for prose; for code (CSS {@code white-space: pre-wrap}), the mark
 *                    that ends a line cut because it is wider than the measure ("" for none):
 *                    such text breaks only at its line ends and, when too wide, between any
 *                    two characters, never at a space, so that every space is kept
 * @param limits      the shortest word hyphenated and the letters kept on each side of a
 *                    break (CSS {@code hyphenate-limit-chars}); {@link HyphenLimits#AUTO}: each
 *                    language's own
 * @param protrusion  what hangs into the margins at the lines' ends (CSS {@code
 *                    hanging-punctuation} and {@code -colophon-protrusion}); {@link Protrusion#NONE}: nothing
 */
public record ParagraphSpec(float measure, float firstIndent, Alignment alignment, boolean hyphenate, boolean balance,
                            String codeWrap, HyphenLimits limits, Protrusion protrusion) {

    public ParagraphSpec {
        if (limits == null) {
            limits = HyphenLimits.AUTO;
        }
        if (protrusion == null) {
            protrusion = Protrusion.NONE;
        }
    }

    public ParagraphSpec(float measure, float firstIndent, Alignment alignment, boolean hyphenate, boolean balance,
                         String codeWrap, HyphenLimits limits) {
        this(measure, firstIndent, alignment, hyphenate, balance, codeWrap, limits, Protrusion.NONE);
    }

    public ParagraphSpec(float measure, float firstIndent, Alignment alignment, boolean hyphenate, boolean balance,
                         String codeWrap) {
        this(measure, firstIndent, alignment, hyphenate, balance, codeWrap, HyphenLimits.AUTO);
    }

    public ParagraphSpec(float measure, float firstIndent, Alignment alignment, boolean hyphenate, boolean balance) {
        this(measure, firstIndent, alignment, hyphenate, balance, null);
    }

    public ParagraphSpec(float measure, float firstIndent, Alignment alignment, boolean hyphenate) {
        this(measure, firstIndent, alignment, hyphenate, false);
    }

    public enum Alignment { JUSTIFY, LEFT, RIGHT, CENTER }
}
