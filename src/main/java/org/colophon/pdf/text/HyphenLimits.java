package org.colophon.pdf.text;

/**
 * The shortest word that may be hyphenated and the fewest letters left before and after a
 * break, as CSS {@code hyphenate-limit-chars} gives them; 0 for "auto": the language's own
 * (see {@link Hyphenator}).
 */
public record HyphenLimits(int word, int before, int after) {

    /** Every limit the language's own. */
    public static final HyphenLimits AUTO = new HyphenLimits(0, 0, 0);

    public HyphenLimits {
        if (word < 0 || before < 0 || after < 0) {
            throw new IllegalArgumentException("hyphenation limits are counts of letters");
        }
    }
}
