package org.colophon.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.reader.manuscript.ManuscriptReader;
import org.colophon.reader.markdown.MarkdownReader;
import org.colophon.reader.tei.TeiReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The reading stage's entry point: picks the reader by the file's name (Markdown: {@code .md},
 * or a {@code .yaml} book file) or else by the root element's namespace (Colophon's
 * manuscript format or TEI P5) and returns the book.
 */
public final class BookReader {

    public static final String MANUSCRIPT_NS = "https://colophon.org/ns/manuscript/1";
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private final Warnings warnings;

    public BookReader(Warnings warnings) {
        this.warnings = warnings;
    }

    public Book read(Path manuscript) throws BuildException {
        return readWithSources(manuscript).book();
    }

    /** The book, with every file it was read from. */
    public ReadBook readWithSources(Path manuscript) throws BuildException {
        String shownAs = manuscript.toString();
        ReadBudget budget = new ReadBudget();
        if (MarkdownReader.reads(manuscript)) { // by its name, before any XML parsing
            ReadBook read = new MarkdownReader(warnings).read(manuscript, shownAs, budget);
            return new ReadBook(BookCounts.check(read.book(), shownAs), read.documents());
        }
        Document document = XmlSource.parse(manuscript, shownAs, budget);
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (MANUSCRIPT_NS.equals(ns)) {
            ReadBook read = new ManuscriptReader(warnings).read(document, manuscript, shownAs, budget);
            return new ReadBook(BookCounts.check(read.book(), shownAs), read.sourceFiles());
        }
        if (TEI_NS.equals(ns)) {
            Book book = BookCounts.check(new TeiReader(warnings).read(document, manuscript, shownAs, budget), shownAs);
            try {
                return new ReadBook(book, List.of(manuscript.toRealPath())); // TEI includes no other file
            } catch (IOException e) {
                throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
            }
        }
        XmlSource.Location at = XmlSource.locationOf(root);
        throw new BuildException(shownAs, at.line(), at.column(),
                "the root element <" + root.getTagName() + "> is in namespace "
                        + (ns == null ? "(none)" : "'" + ns + "'")
                        + "; expected a Colophon manuscript <book xmlns=\"" + MANUSCRIPT_NS
                        + "\"> or a TEI document <TEI xmlns=\"" + TEI_NS + "\">"
                        + " (or a Markdown book: a .md file, or a book.yaml listing its .md files)");
    }
}
