package org.colophon.layout;

import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.styles.Styles;

/** Renders a book through the Velocity layouts into XHTML pages and package files. */
public final class LayoutRenderer {

    private final Styles styles;
    private final Warnings warnings;

    public LayoutRenderer(Styles styles, Warnings warnings) {
        this.styles = styles;
        this.warnings = warnings;
    }

    public Publication render(Book book) throws BuildException {
        throw new UnsupportedOperationException("layouts not written yet");
    }
}
