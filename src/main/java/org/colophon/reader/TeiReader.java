package org.colophon.reader;

import java.nio.file.Path;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.w3c.dom.Document;

/** Reads a TEI P5 book (ELTeC, Wikisource, library exports) into the model. */
final class TeiReader {

    private final Warnings warnings;

    TeiReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** {@code document} was parsed by {@link XmlSource} from {@code file}; its root is TEI. */
    Book read(Document document, Path file, String shownAs) throws BuildException {
        throw new BuildException(shownAs, 1, 1, "TEI input is not supported yet");
    }
}
