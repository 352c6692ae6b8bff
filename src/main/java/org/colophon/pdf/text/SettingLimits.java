package org.colophon.pdf.text;

/**
 * The bounds line setting keeps to, so that no paragraph or font the earlier stages let
 * through can make it take minutes or gigabytes. Documented with their reasons in the
 * "Limits" section of {@code docs/manuscript.md}.
 */
final class SettingLimits {

    /**
     * The longest paragraph, in lines, that is also set a line shorter and a line longer
     * for the page breaker. Finding those keeps every line count apart, which costs time
     * and memory in proportion to the square of the paragraph's lines: at 1,000 lines
     * (some 30 pages of one paragraph) it is a fraction of a second; at 15,000 (a
     * 1,000,000-character paragraph) it took gigabytes. A paragraph that long gains
     * nothing visible from one line more or less.
     */
    static final int MAX_LINES_WITH_VARIANTS = 1_000;

    /**
     * The units per em a font may have: the range the OpenType specification allows
     * ({@code head.unitsPerEm}, 16 to 16384). Every width is divided by it; a font with 0
     * would make every glyph infinitely wide.
     */
    static final int MIN_UNITS_PER_EM = 16;
    static final int MAX_UNITS_PER_EM = 16_384;

    private SettingLimits() {
    }
}
