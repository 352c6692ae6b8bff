package org.colophon.layout;

import org.apache.velocity.exception.VelocityException;

/**
 * A layout the styles folder's rule forbids (a link leading out, a path climbing out),
 * thrown from inside Velocity; once a {@code #parse} or {@code #include} has caught it,
 * it carries that directive's place: the layout holding it, its line and column (no
 * layout when Colophon itself asked for the refused one).
 */
final class LayoutRefused extends VelocityException {

    private final String templateName;
    private final int line;
    private final int column;

    LayoutRefused(String message) {
        this(message, null, 0, 0);
    }

    LayoutRefused(String message, String templateName, int line, int column) {
        super(message, null, null);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    String templateName() {
        return templateName;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The refusal this exception is or wraps (Velocity wraps what a resource loader throws), or null. */
    /**
     * What a {@code #parse} or {@code #include} that failed with {@code e} throws: the refusal
     * inside it placed at the directive, or {@code e} itself when nothing was refused.
     */
    static RuntimeException atDirective(RuntimeException e, String directive, String template, int line, int column) {
        LayoutRefused refused = in(e);
        return refused == null ? e : refused.at(directive, template, line, column);
    }

    static LayoutRefused in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LayoutRefused refused) {
                return refused;
            }
        }
        return null;
    }

    /** The refusal, now at the place of {@code directive} ("#parse(…)") in the layout that holds it. */
    LayoutRefused at(String directive, String template, int atLine, int atColumn) {
        if (templateName != null) {
            return this; // a nested #parse already said where
        }
        return new LayoutRefused(directive + ": " + getMessage(), template, atLine, atColumn);
    }
}
