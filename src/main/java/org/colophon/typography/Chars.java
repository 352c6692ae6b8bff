package org.colophon.typography;

/** Character classes the rules share. */
final class Chars {

    static final char NBSP = '\u00A0';
    static final char NNBSP = '\u202F';
    static final char EM_DASH = '\u2014';
    static final char EN_DASH = '\u2013';
    static final char ELLIPSIS = '\u2026';
    static final char APOSTROPHE = '\u2019';

    private Chars() {}

    /** Any space, breaking or not (ordinary, no-break, narrow, thin, tab, newline). */
    static boolean isSpace(char c) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\r': case '\f':
            case NBSP: case NNBSP: case '\u2007': case '\u2009': case '\u200A':
            case '\u2002': case '\u2003': case '\u2004': case '\u2005': case '\u2006': case '\u2008':
            case '\u3000': case '\u205F':
                return true;
            default:
                return false;
        }
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** ASCII digits only: the rules are about numbers as written in Latin text. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** After one of these, a straight quote opens rather than closes. */
    static boolean isOpeningContext(char c) {
        switch (c) {
            case '(': case '[': case '{': case '<': case '/':
            case '«': case '“': case '‘': case '„': case '‚': case '‹':
            case '—': case '–': case '-':
                return true;
            default:
                return false;
        }
    }
}
