package org.colophon.pdf.text;

import java.util.Locale;
import java.util.Map;

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
 * @param letterStretchByLanguage a language's own {@code letterStretch}, by primary subtag,
 *                              where its words ask for more than the others'
 */
record Tuning(int hyphenPenalty, int explicitHyphenPenalty, float spaceStretch, float spaceShrink,
              int pretolerance, int tolerance, int linePenalty, int adjDemerits, int doubleHyphenDemerits,
              int finalHyphenDemerits, float emergencyStretchEm, float letterStretch, float letterShrink,
              Map<String, Float> letterStretchByLanguage) {

    Tuning {
        letterStretchByLanguage = Map.copyOf(letterStretchByLanguage);
    }

    /**
     * German's letters may stretch by 3 %. Its words are long (in the ELTeC novels, 7.4 % of
     * German words have ten letters or more, 3.4 % of French and 3.2 % of English ones), and a
     * long word that does not fit leaves its line's spaces all the slack, or a hyphen. With
     * the others' 2 %, DEU051 hyphenated 9.8 % of its lines (31 loose, 57 tight); a dearer
     * hyphen only traded hyphens for loose lines (penalty 200: 8.5 %, 66 loose; 300:
     * 7.6 %, 97), and so did hyphenating only longer words (seven letters: 9.4 %, 56 loose)
     * or keeping three letters on each side (9.0 %, 64), while a break inside a compound's
     * part made 3 to 60 times as dear as one at its joint (instead of 2) changed no line.
     * 3 % gives 7.8 %, 14 loose and 35 tight.
     */
    private static final Map<String, Float> LETTER_STRETCH_BY_LANGUAGE = Map.of("de", 0.03f);

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
        return new Tuning(150, 150, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0.02f, 0.02f,
                LETTER_STRETCH_BY_LANGUAGE);
    }

    /** TeX's plain values, no letter spacing: for comparison. */
    static Tuning tex() {
        return new Tuning(50, 50, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0f, 0f, Map.of());
    }

    /** The letter stretch of text in {@code lang} (a BCP 47 tag, or null). */
    float letterStretch(String lang) {
        if (lang == null || letterStretchByLanguage.isEmpty()) {
            return letterStretch;
        }
        int end = 0;
        while (end < lang.length() && lang.charAt(end) != '-' && lang.charAt(end) != '_') {
            end++;
        }
        Float own = letterStretchByLanguage.get(lang.substring(0, end).strip().toLowerCase(Locale.ROOT));
        return own == null ? letterStretch : own;
    }

    LineBreaker.Parameters parameters(float emSize) {
        return new LineBreaker.Parameters(pretolerance, tolerance, linePenalty, adjDemerits, doubleHyphenDemerits,
                finalHyphenDemerits, emergencyStretchEm * emSize, 2);
    }
}
