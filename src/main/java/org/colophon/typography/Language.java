package org.colophon.typography;

/**
 * The typographic conventions of one language tag: its quotation marks, outer and inner,
 * and the family of rules its spacing and apostrophes follow. Made by {@link Languages}
 * from CLDR's data; the passes ask it, never the tag.
 *
 * @param tag        the BCP 47 tag, normalised ({@code fr-CH}, {@code de})
 * @param rules      which of the pass's rule sets apply
 * @param spaceBeforeHighPunctuation French only: a narrow no-break space before {@code ; ! ?}
 *                   (not in Swiss French, which sets them close)
 * @param abbreviations the abbreviations a line does not break after
 */
record Language(String tag, Rules rules, char outerOpen, char outerClose, char innerOpen, char innerClose,
                boolean spaceBeforeHighPunctuation, Abbreviations abbreviations) {

    /** The rule sets of the pass; a language of none of them gets its marks only. */
    enum Rules { FRENCH, ENGLISH, OTHER }

    /** For a book that names no language: neutral marks, no spacing rule. */
    static final Language UNDETERMINED = new Language("und", Rules.OTHER, '“', '”', '‘', '’', false,
            Abbreviations.NONE);

    boolean french() {
        return rules == Rules.FRENCH;
    }

    boolean english() {
        return rules == Rules.ENGLISH;
    }

    /** Quotation levels alternate: 0, 2, 4… take the outer marks, 1, 3… the inner ones. */
    char openMark(int level) {
        return (level & 1) == 0 ? outerOpen : innerOpen;
    }

    char closeMark(int level) {
        return (level & 1) == 0 ? outerClose : innerClose;
    }

    /**
     * The opening mark of an {@code Inline.Quote} at this nesting level, with its spacing:
     * French sets a narrow no-break space inside guillemets.
     */
    String quoteOpen(int level) {
        char mark = openMark(level);
        return french() && mark == '«' ? "«\u202F" : String.valueOf(mark);
    }

    String quoteClose(int level) {
        char mark = closeMark(level);
        return french() && mark == '»' ? "\u202F»" : String.valueOf(mark);
    }
}
