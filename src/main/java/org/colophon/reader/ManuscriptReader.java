package org.colophon.reader;

import java.nio.file.Path;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.w3c.dom.Document;

/** Reads Colophon's own manuscript format (namespace {@link BookReader#MANUSCRIPT_NS}). */
final class ManuscriptReader {

    private final Warnings warnings;

    ManuscriptReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** {@code document} was parsed by {@link XmlSource} from {@code file}. */
    Book read(Document document, Path file, String shownAs) throws BuildException {
        throw new UnsupportedOperationException("manuscript reader not written yet");
    }
}
