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
     * TeX's values except where measuring the Ponson novel at 4.36 in and 10 pt showed
     * better (SetterBenchmark): with TeX's own (\hyphenpenalty 50, no letter spacing)
     * 9.7 % of lines were hyphenated and the per-line mean word space varied by 0.067 em;
     * letting words take ±1 % letter spacing (invisible: 0.005 em a letter at most) and
     * pricing hyphens at 100 gives 6.5 % and 0.053 em. No emergency stretch: the last
     * pass already accepts any line that is not too long, and extra background stretch
     * only hides from it how loose its lines are.
     */
    static Tuning defaults() {
        return new Tuning(100, 50, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0.01f, 0.01f);
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
