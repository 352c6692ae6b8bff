package org.colophon.layout;

/**
 * Which characters count when a place in a page's text is given as a number of characters.
 * The typesetter counts them in the lines it sets and the EPUB's page-break markers count
 * them again in the XHTML, so the two counts must follow one rule, a rule that does not
 * depend on what the setter did with spaces, soft hyphens and line ends: a visible
 * character is neither white space (spaces of every width, line ends) nor a format or
 * control character (soft hyphen, joiners).
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static boolean isVisible(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint > ' ' && codePoint != 0x7F; // ASCII: the same answer, without the tables
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type != Character.FORMAT && type != Character.CONTROL;
    }
}
