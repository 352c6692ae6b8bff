package org.colophon.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.layout.Publication;
import org.colophon.styles.Styles;

/**
 * The typesetter's entry point: sets the publication's XHTML pages on paper, styled by
 * {@code print.css}, and writes a PDF/A-2b file.
 */
public final class Typesetter {

    private final Styles styles;
    private final Warnings warnings;

    public Typesetter(Styles styles, Warnings warnings) {
        this.styles = styles;
        this.warnings = warnings;
    }

    /** Returns the number of pages written. */
    public int typeset(Publication publication, OutputStream out) throws IOException, BuildException {
        throw new UnsupportedOperationException("typesetter not written yet");
    }
}
