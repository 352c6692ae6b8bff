package org.colophon.error;

/**
 * One problem found in an input file, located precisely enough to jump to it.
 *
 * @param file    the file as the user named it (or a style's path); never null
 * @param line    1-based, 0 when not known
 * @param column  1-based, 0 when not known
 * @param message what is wrong and what was expected, in plain words
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    /** {@code file:line:column: error: message}, the form compilers use and editors link. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        return sb.toString();
    }
}
