package org.colophon.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.reader.docbook.DocBookReader;
import org.colophon.reader.manuscript.ManuscriptReader;
import org.colophon.reader.markdown.MarkdownReader;
import org.colophon.reader.tei.TeiReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The reading stage's entry point: picks the reader by the file's name (Markdown: {@code .md},
 * or a {@code .yaml} book file), or else by the root element and its namespace (Colophon's
 * manuscript format, TEI P5, DocBook 5, or DocBook 4's no-namespace {@code <book>},
 * {@code <article>} or {@code <chapter>}) and returns the book.
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
            return checked(new MarkdownReader(warnings).read(manuscript, shownAs, budget), shownAs);
        }
        refuseIfNotXml(manuscript, shownAs);
        Document document;
        try {
            document = XmlSource.parse(manuscript, shownAs, budget);
        } catch (BuildException e) {
            if (e.diagnostics().size() == 1 && ParserMessages.DOCTYPE.equals(e.diagnostics().get(0).message())) {
                // Only DocBook 4 may declare a DOCTYPE; its reader parses the file again under its rules.
                ReadBook docBook = new DocBookReader(warnings).readWithDoctype(manuscript, shownAs, new ReadBudget());
                if (docBook != null) {
                    return checked(docBook, shownAs);
                }
            }
            throw e;
        }
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
        if (DocBookReader.isDocBook(root)) {
            return checked(new DocBookReader(warnings).read(document, manuscript, shownAs, budget), shownAs);
        }
        XmlSource.Location at = XmlSource.locationOf(root);
        throw new BuildException(shownAs, at.line(), at.column(),
                "the root element <" + root.getTagName() + "> is in namespace "
                        + (ns == null ? "(none)" : "'" + ns + "'")
                        + "; expected a Colophon manuscript <book xmlns=\"" + MANUSCRIPT_NS
                        + "\">, a TEI document <TEI xmlns=\"" + TEI_NS + "\">, a DocBook 5 book <book xmlns=\""
                        + "http://docbook.org/ns/docbook\">, a DocBook 4 <book>, <article> or <chapter> (no namespace),"
                        + " or a Markdown book (a .md file, or a book.yaml listing its .md files)");
    }

    /** The formats the build reads, for the messages that refuse a file. */
    static final String FORMATS = "a Colophon manuscript, a TEI P5 document or a DocBook 5 or 4 book (XML: .xml, .dbk),"
            + " or a Markdown book (a .md file, or a book.yaml listing its .md files)";

    /**
     * A file whose first character (after a byte order mark and white space) is not {@code <}
     * is no XML: said as such, naming the formats, rather than as an XML parser's complaint.
     */
    private static void refuseIfNotXml(Path manuscript, String shownAs) throws BuildException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(manuscript)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return; // the XML reader says why it cannot be read
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < head.length && head[i] != '<' && head[i] != 0 && (head[i] & 0xFF) != 0xFE && (head[i] & 0xFF) != 0xFF) {
            throw new BuildException(shownAs, 0, 0, "this file is not XML, and its name does not end in .md or"
                    + " .yaml; Colophon builds " + FORMATS);
        }
    }

    private static ReadBook checked(ReadBook read, String shownAs) throws BuildException {
        return new ReadBook(BookCounts.check(read.book(), shownAs), read.documents());
    }
}
