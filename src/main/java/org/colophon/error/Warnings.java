package org.colophon.error;

/**
 * Where stages report what is not fatal (an unknown TEI element, an unsupported CSS
 * property, a character no font has). The command line prints them to stderr; tests
 * collect them.
 */
@FunctionalInterface
public interface Warnings {

    void warn(Diagnostic diagnostic);

    default void warn(String file, int line, int column, String message) {
        warn(Diagnostic.warning(file, line, column, message));
    }

    /** Drops everything; for callers that do not care. */
    static Warnings ignore() {
        return d -> { };
    }
}
