package org.colophon.pdf.css;

/**
 * One component of a property value, as the CSS parser read it.
 *
 * @param kind   what it is
 * @param text   the identifier, string or URL (unquoted); the source text for others
 * @param number the number of a NUMBER, PERCENT or LENGTH
 * @param unit   the unit of a LENGTH, lower case ({@code pt}, {@code mm}, {@code em}…)
 */
public record CssTerm(Kind kind, String text, double number, String unit) {

    public enum Kind { IDENT, STRING, URI, NUMBER, PERCENT, LENGTH, OPERATOR, OTHER }

    public boolean isIdent(String name) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(name);
    }

    @Override
    public String toString() {
        return text;
    }
}
