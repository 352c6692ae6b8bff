package org.colophon.styles;

import org.colophon.error.BuildException;

/**
 * A style file that may not be read: outside the styles folder, through a link or a path
 * that climbs out, or unreadable. Whoever named the file knows where to point the
 * message: the layout's {@code #parse} line, print.css's {@code src}.
 */
public final class StyleFileRefused extends Exception {

    StyleFileRefused(String message) {
        super(message, null, false, false);
    }

    /** The refusal as a build error at {@code file:line:column}. */
    public BuildException at(String file, int line, int column) {
        return new BuildException(file, line, column, getMessage());
    }
}
