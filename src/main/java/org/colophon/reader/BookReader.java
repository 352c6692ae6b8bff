package org.colophon.reader;

import java.nio.file.Path;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;

/**
 * The reading stage's entry point: picks the reader by the root element's namespace
 * (Colophon's manuscript format or TEI P5) and returns the book.
 */
public final class BookReader {

    public static final String MANUSCRIPT_NS = "https://colophon.org/ns/manuscript/1";
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private final Warnings warnings;

    public BookReader(Warnings warnings) {
        this.warnings = warnings;
    }

    public Book read(Path manuscript) throws BuildException {
        throw new UnsupportedOperationException("reader not written yet");
    }
}
