package org.colophon.pdf.text;

/**
 * How justified lines may give and take, as a book designer sets it (print.css's
 * {@code -colophon-word-spacing}, {@code -colophon-letter-spacing} and
 * {@code -colophon-glyph-scaling}): word spaces between a minimum and a maximum around an
 * optimum, letters spaced per line by at most {@code letterSpacing} of a word's width either
 * way, and a whole paragraph's glyphs scaled by at most {@code glyphScaling} in steps of
 * {@code glyphScalingStep}. The word spaces are fractions of the font's own space (1: the
 * space as the font has it); the maximum is what a line reaches at TeX's badness 100, the
 * tolerance lets it go a little further.
 *
 * @param wordSpaceMin     the narrowest a word space may be, as a fraction of the font's
 * @param wordSpaceOpt     the word space a line is set with when it need not give or take
 * @param wordSpaceMax     the widest within TeX's badness 100
 * @param letterSpacing    per line, at most this fraction of a word's width wider or narrower
 * @param glyphScaling     per paragraph, glyphs at most this fraction wider or narrower (0: never)
 * @param glyphScalingStep the steps the paragraph's scaling is chosen from
 */
public record Justification(float wordSpaceMin, float wordSpaceOpt, float wordSpaceMax, float letterSpacing,
                            float glyphScaling, float glyphScalingStep) {

    /** What the book uses unless print.css says otherwise (measured: see {@link Tuning#defaults}). */
    public static final Justification DEFAULT = new Justification(2f / 3f, 1f, 1.9f, 0.0025f, 0f, 0f);

    public Justification {
        if (!(wordSpaceMin >= 0 && wordSpaceMin <= wordSpaceOpt && wordSpaceOpt <= wordSpaceMax)) {
            throw new IllegalArgumentException("word spaces must run min ≤ opt ≤ max, not " + wordSpaceMin + " "
                    + wordSpaceOpt + " " + wordSpaceMax);
        }
        if (!(letterSpacing >= 0 && letterSpacing < 0.2f && glyphScaling >= 0 && glyphScaling < 0.2f
                && glyphScalingStep >= 0)) {
            throw new IllegalArgumentException("letter spacing and glyph scaling must be between 0 and 20 %");
        }
        if (glyphScaling > 0 && glyphScalingStep <= 0) {
            glyphScalingStep = glyphScaling;
        }
    }
}
