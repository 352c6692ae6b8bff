package org.colophon.reader;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.reader.manuscript.ManuscriptReader;
import org.colophon.reader.tei.TeiReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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
        String shownAs = manuscript.toString();
        ReadBudget budget = new ReadBudget();
        Document document = XmlSource.parse(manuscript, shownAs, budget);
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (MANUSCRIPT_NS.equals(ns)) {
            return checkDivisions(new ManuscriptReader(warnings).read(document, manuscript, shownAs, budget), shownAs);
        }
        if (TEI_NS.equals(ns)) {
            return checkDivisions(new TeiReader(warnings).read(document, manuscript, shownAs, budget), shownAs);
        }
        XmlSource.Location at = XmlSource.locationOf(root);
        throw new BuildException(shownAs, at.line(), at.column(),
                "the root element <" + root.getTagName() + "> is in namespace "
                        + (ns == null ? "(none)" : "'" + ns + "'")
                        + "; expected a Colophon manuscript <book xmlns=\"" + MANUSCRIPT_NS
                        + "\"> or a TEI document <TEI xmlns=\"" + TEI_NS + "\">");
    }

    /**
     * Counted on the book, since only the format's reader knows which of its elements
     * become divisions (a TEI div in a chapter's flow is a section).
     */
    private static Book checkDivisions(Book book, String shownAs) throws BuildException {
        int count = 0;
        Deque<Division> pending = new ArrayDeque<>();
        pending.addAll(book.frontMatter());
        pending.addAll(book.body());
        pending.addAll(book.backMatter());
        while (!pending.isEmpty()) {
            count++;
            pending.addAll(pending.pop().children());
        }
        if (count > ReadLimits.MAX_DIVISIONS) {
            throw new BuildException(shownAs, 0, 0, String.format(Locale.ROOT, "the book has %,d divisions (parts,"
                    + " chapters and the like); Colophon makes at most %,d, each a page of its own in both books and"
                    + " a file in the EPUB: make the short ones sections of a chapter, or split the book into volumes",
                    count, ReadLimits.MAX_DIVISIONS));
        }
        return book;
    }
}
