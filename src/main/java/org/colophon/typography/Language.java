package org.colophon.typography;

import java.util.Locale;

/**
 * The typographic conventions the pass knows, one per language family. A BCP 47 tag maps
 * to its primary subtag; languages without rules of their own only get quotation marks.
 */
enum Language {
    FRENCH('«', '»', '“', '”', "«\u202F", "\u202F»"),
    ENGLISH('“', '”', '‘', '’', "“", "”"),
    GERMAN('„', '“', '‚', '‘', "„", "“"),
    SPANISH('«', '»', '“', '”', "«", "»"),
    ITALIAN('«', '»', '“', '”', "«", "»"),
    DUTCH('“', '”', '‘', '’', "“", "”"),
    OTHER('“', '”', '‘', '’', "“", "”");

    private static final Language[] ALL = values();

    private final char outerOpen;
    private final char outerClose;
    private final char innerOpen;
    private final char innerClose;
    /** Outer marks of an {@code Inline.Quote}, spacing included (French sets it inside). */
    private final String quoteOpen;
    private final String quoteClose;

    Language(char outerOpen, char outerClose, char innerOpen, char innerClose,
             String quoteOpen, String quoteClose) {
        this.outerOpen = outerOpen;
        this.outerClose = outerClose;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
        this.quoteOpen = quoteOpen;
        this.quoteClose = quoteClose;
    }

    /** The language of a BCP 47 tag, or {@code inherited} when the tag is null or blank. */
    static Language of(String tag, Language inherited) {
        if (tag == null || tag.isBlank()) {
            return inherited;
        }
        String primary = tag.strip();
        int dash = primary.indexOf('-');
        if (dash < 0) {
            dash = primary.indexOf('_');
        }
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        switch (primary.toLowerCase(Locale.ROOT)) {
            case "fr": case "fra": case "fre": return FRENCH;
            case "en": case "eng": return ENGLISH;
            case "de": case "deu": case "ger": case "gsw": return GERMAN;
            case "es": case "spa": return SPANISH;
            case "it": case "ita": return ITALIAN;
            case "nl": case "nld": case "dut": return DUTCH;
            default: return OTHER;
        }
    }

    static Language ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }

    /** Quotation levels alternate: 0, 2, 4… take the outer marks, 1, 3… the inner ones. */
    char openMark(int level) {
        return (level & 1) == 0 ? outerOpen : innerOpen;
    }

    char closeMark(int level) {
        return (level & 1) == 0 ? outerClose : innerClose;
    }

    /** The opening mark of an {@code Inline.Quote} at this nesting level, with its spacing. */
    String quoteOpen(int level) {
        return (level & 1) == 0 ? quoteOpen : String.valueOf(innerOpen);
    }

    String quoteClose(int level) {
        return (level & 1) == 0 ? quoteClose : String.valueOf(innerClose);
    }
}
