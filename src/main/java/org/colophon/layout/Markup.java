package org.colophon.layout;

/**
 * XHTML that Colophon rendered and escaped itself. The layouts insert it as is; every other
 * value a template prints is XML-escaped (see {@link EscapingInsertionHandler}).
 */
public record Markup(String xhtml) {

    public static final Markup EMPTY = new Markup("");

    public boolean isEmpty() {
        return xhtml.isEmpty();
    }

    @Override
    public String toString() {
        return xhtml;
    }
}
