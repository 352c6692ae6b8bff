package org.colophon.highlight;

/**
 * What a piece of code is, as a reader of a printed listing needs to tell apart. Each
 * kind is a CSS class of the XHTML both books read ({@code tok-keyword}…), so that a
 * press restyles them in {@code epub.css} and {@code print.css}.
 */
public enum TokenKind {
    PLAIN, KEYWORD, TYPE, STRING, NUMBER, COMMENT, ANNOTATION, FUNCTION, VARIABLE, OPERATOR, TAG, ATTRIBUTE,
    ENTITY, META, ERROR;

    /** The CSS class of the span around this kind of token; null for plain text, which has none. */
    public String cssClass() {
        return this == PLAIN ? null : "tok-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
