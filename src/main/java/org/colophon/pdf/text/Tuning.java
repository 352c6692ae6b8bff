package org.colophon.pdf.text;

/**
 * The numbers that decide how lines are broken: TeX's parameters (penalties, demerits,
 * tolerances) and the interword glue. Package-private so that tests and the benchmark can
 * try others; the defaults are what the book uses.
 *
 * @param hyphenPenalty         TeX's \hyphenpenalty
 * @param explicitHyphenPenalty TeX's \exhyphenpenalty (a break after a hyphen in the text)
 * @param spaceStretch          interword stretch as a fraction of the space
 * @param spaceShrink           interword shrink as a fraction of the space
 * @param emergencyStretchEm    extra background stretch of the last pass, in em
 * @param letterStretch         how much wider letter spacing may make a word in a justified
 *                              line, as a fraction of its width (0.01: one percent)
 * @param letterShrink          how much narrower, likewise
 */
record Tuning(int hyphenPenalty, int explicitHyphenPenalty, float spaceStretch, float spaceShrink,
              int pretolerance, int tolerance, int linePenalty, int adjDemerits, int doubleHyphenDemerits,
              int finalHyphenDemerits, float emergencyStretchEm, float letterStretch, float letterShrink) {

    /**
     * TeX's values except where measuring the Ponson novel at 10 pt showed better
     * (SetterBenchmark). At 106 mm, the default print.css text block, TeX's plain values
     * (\hyphenpenalty and \exhyphenpenalty 50, emergency stretch 1.5 em, no letter spacing)
     * hyphenate 10.0 % of the lines and the per-line mean word space varies by 0.074 em.
     * Letting words take up to ±2 % letter spacing (at most 0.01 em a letter, as much as
     * pdfTeX's default font expansion changes a glyph) and pricing both kinds of hyphen at
     * 150 gives 4.4 % and 0.054 em (3.7 % and 0.049 em at 4.36 in). No emergency
     * stretch: the last pass already accepts any line that is not too long, and extra
     * background stretch only hides from it how loose its lines are.
     */
    static Tuning defaults() {
        return new Tuning(150, 150, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0.02f, 0.02f);
    }

    /** TeX's plain values, no letter spacing: for comparison. */
    static Tuning tex() {
        return new Tuning(50, 50, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0f, 0f);
    }

    LineBreaker.Parameters parameters(float emSize) {
        return new LineBreaker.Parameters(pretolerance, tolerance, linePenalty, adjDemerits, doubleHyphenDemerits,
                finalHyphenDemerits, emergencyStretchEm * emSize, 2);
    }
}
