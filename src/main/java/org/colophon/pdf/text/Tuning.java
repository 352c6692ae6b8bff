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
 * @param letterStretchByLanguage how many times {@code letterStretch} a language's words may
 *                              take, by primary subtag, where they ask for more than the others'
 * @param spaceOpt              the word space a line is set with, as a fraction of the font's space
 * @param properNounHyphenPenalty the penalty of hyphenating a proper noun, which only the last
 *                              resort against a line past the tolerance may do
 * @param glyphScaling          how much wider or narrower a paragraph's glyphs may be drawn, as a
 *                              fraction (0: never)
 * @param glyphScalingStep      the steps that scaling is chosen in
 * @param emergencyLetterSpacing how much a line's letters may be spaced, as a fraction of their
 *                              width, where its word spaces would otherwise pass {@link #LOOSE_EM}
 *                              (only lines that may be letter-spaced at all)
 */
record Tuning(int hyphenPenalty, int explicitHyphenPenalty, float spaceStretch, float spaceShrink,
              int pretolerance, int tolerance, int linePenalty, int adjDemerits, int doubleHyphenDemerits,
              int finalHyphenDemerits, float emergencyStretchEm, float letterStretch, float letterShrink,
              Map<String, Float> letterStretchByLanguage, float spaceOpt, int properNounHyphenPenalty,
              float glyphScaling, float glyphScalingStep, float emergencyLetterSpacing) {

    Tuning {
        letterStretchByLanguage = Map.copyOf(letterStretchByLanguage);
    }

    /** A justified line whose mean word space is above this many em is loose (issue 20's limit). */
    static final float LOOSE_EM = 0.5f;
    /** ... and below this, tight. */
    static final float TIGHT_EM = 0.17f;

    /**
     * A proper noun's hyphen: penalty 1000, whose 10^6 demerits outweigh any line's within
     * the tolerance (at most 44,100) and an ordinary hyphen's (22,500) many times, so that
     * it is taken only where nothing else keeps every line within the tolerance.
     */
    private static final int PROPER_NOUN_HYPHEN_PENALTY = 1000;

    /**
     * A line whose word spaces would pass 0.5 em may space its letters by up to 2 %, what
     * every line could before issue 20. On the four novels (docs/justification.md) 6, 12, 0
     * and 0 lines stay above 0.5 em, against 12, 21, 8 and 3 with word spaces to 200 % and
     * no last resort; the same word then differs by more than 0.5 % on 10, 15, 1 and 1 of
     * their pages. Ponson's "La lune, passant successivement derrière les nuages, tigrait"
     * would need 3.4 %: its spaces stop at 0.546 em.
     */
    private static final float EMERGENCY_LETTER_SPACING = 0.02f;

    /**
     * No language takes more letter spacing than the others. Before issue 20 German took 3 %
     * a line against the others' 2 % (its long words: 7.4 % of German words have ten
     * letters or more, 3.4 % of French and 3.2 % of English ones; with 2 % DEU051 hyphenated
     * 9.8 % of its lines, with 3 % 7.8 %). With 0.25 % a line and word spaces up to 190 %,
     * half as much again for German changed DEU051's hyphens by less than 0.1 % of its
     * lines and let the same word differ by 0.53 % on a page, past the 0.5 %.
     */
    private static final Map<String, Float> LETTER_STRETCH_BY_LANGUAGE = Map.of();

    /**
     * The book's values (TeX's except where measuring showed better), with
     * {@link Justification#DEFAULT}'s word spaces, letter and glyph spacing. Measured on four
     * ELTeC novels (Ponson, Anstey, DEU051, Blasco Ibáñez; A5, 10/13 pt, 106 mm) with
     * PdfLineQuality, issue 20 (the table in docs/justification.md): letting each line space
     * its letters by ±2 % (as before) made the same word 3.6 % wider on one line of a page
     * than on another; a paragraph's glyphs scaled by up to ±1 % where that spared a line
     * past 0.5 em or under 0.17 em still made it 1.3 %, and hyphenated more; only word
     * spaces doing the work, from 67 % to 190 % of the face's with ±0.25 % letter spacing a
     * line, keep the word within 0.5 % and hyphenate no more than before (Ponson 4.1 %
     * against 4.5 %). Pricing both kinds of hyphen at 150 instead of TeX's 50 came from
     * SetterBenchmark. No emergency stretch: the last pass already accepts any line that is
     * not too long, and extra background stretch only hides from it how loose its lines are.
     */
    static Tuning defaults() {
        return of(Justification.DEFAULT);
    }

    /** The book's values with the word spaces, letter spacing and glyph scaling print.css asks for. */
    static Tuning of(Justification j) {
        return new Tuning(200, 200, j.wordSpaceMax() - j.wordSpaceOpt(), j.wordSpaceOpt() - j.wordSpaceMin(),
                100, 200, 10, 10000, 10000, 5000, 0f, j.letterSpacing(), j.letterSpacing(),
                LETTER_STRETCH_BY_LANGUAGE, j.wordSpaceOpt(), PROPER_NOUN_HYPHEN_PENALTY, j.glyphScaling(),
                j.glyphScalingStep(), EMERGENCY_LETTER_SPACING);
    }

    /** The values of the book before issue 20: ±2 % letter spacing per line, spaces 67–150 %, no glyph scaling. */
    static Tuning lineLetterSpacing() {
        return new Tuning(150, 150, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0.02f, 0.02f,
                Map.of("de", 1.5f), 1f, ItemList.INFINITE, 0f, 0f, 0.02f);
    }

    /** TeX's plain values, no letter spacing: for comparison. */
    static Tuning tex() {
        return new Tuning(50, 50, 0.5f, 1f / 3f, 100, 200, 10, 10000, 10000, 5000, 0f, 0f, 0f, Map.of(), 1f,
                ItemList.INFINITE, 0f, 0f, 0f);
    }

    /** These values with another penalty for a proper noun's hyphen ({@link ItemList#INFINITE}: never). */
    Tuning withProperNounHyphenPenalty(int penalty) {
        return new Tuning(hyphenPenalty, explicitHyphenPenalty, spaceStretch, spaceShrink, pretolerance, tolerance,
                linePenalty, adjDemerits, doubleHyphenDemerits, finalHyphenDemerits, emergencyStretchEm, letterStretch,
                letterShrink, letterStretchByLanguage, spaceOpt, penalty, glyphScaling, glyphScalingStep,
                emergencyLetterSpacing);
    }

    /** These values with another last resort of letter spacing against a loose line (0: none). */
    Tuning withEmergencyLetterSpacing(float spacing) {
        return new Tuning(hyphenPenalty, explicitHyphenPenalty, spaceStretch, spaceShrink, pretolerance, tolerance,
                linePenalty, adjDemerits, doubleHyphenDemerits, finalHyphenDemerits, emergencyStretchEm, letterStretch,
                letterShrink, letterStretchByLanguage, spaceOpt, properNounHyphenPenalty, glyphScaling,
                glyphScalingStep, spacing);
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
        return own == null ? letterStretch : own * letterStretch;
    }

    LineBreaker.Parameters parameters(float emSize) {
        return new LineBreaker.Parameters(pretolerance, tolerance, linePenalty, adjDemerits, doubleHyphenDemerits,
                finalHyphenDemerits, emergencyStretchEm * emSize, 2);
    }
}
