package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Book;
import org.colophon.reader.BookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown elements are kept and reported once; wrong input is refused with file:line:column. */
class TeiInputProblemsTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
            <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
            """;

    private Path write(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body);
        return file;
    }

    @Test
    void unknownElementsKeepTheirTextAndAreReportedOncePerName() throws Exception {
        Path file = TeiReaderTest.resource("unknown.xml");
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = new BookReader(warnings::add).read(file);

        List<String> messages = warnings.stream().map(Diagnostic::toString).toList();
        assertEquals(3, warnings.size(), "one warning per unknown element name: " + messages);
        assertTrue(messages.get(0).matches(".*unknown\\.xml:15:\\d+: warning: <frobnicate> is not an element.*"), messages.get(0));
        assertTrue(messages.get(1).matches(".*unknown\\.xml:16:\\d+: warning: <widget> is not an element.*"), messages.get(1));
        assertTrue(messages.get(2).contains("<{urn:example:other}thing>"), messages.get(2));

        String text = TeiModelText.of(book);
        for (String kept : List.of("A strange word and another odd phrase here, halfgluedword.", "A paragraph inside an unknown block.",
                "Loose words in a second widget.", "Some foreign-namespace text too.")) {
            assertTrue(text.contains(kept), "kept: " + kept + " in\n" + text);
        }
        assertEquals(TeiWordCount.countTeiText(file), TeiModelText.words(book));
        assertEquals("en", book.language(), "from langUsage when no xml:lang is given");
        assertEquals("Jane Doe", book.metadata().creators().get(0).name());
    }

    @Test
    void aGraphicOutsideTheFolderIsAnError() throws Exception {
        Files.writeString(dir.resolve("secret.png"), "x");
        Path book = write("sub/book.xml".replace("sub/", ""), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">" + HEADER
                + "<text><body><div><p>x</p>\n<figure><graphic url=\"../etc/passwd\"/></figure>\n"
                + "<figure><graphic url=\"/etc/passwd\"/></figure></div></body></text></TEI>");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(book));
        assertEquals(2, e.diagnostics().size(), e.getMessage());
        assertTrue(e.diagnostics().get(0).toString().matches(".*book\\.xml:5:\\d+: error: graphic url '\\.\\./etc/passwd' points outside.*"),
                e.getMessage());
        assertTrue(e.diagnostics().get(1).toString().matches(".*book\\.xml:6:\\d+: error: graphic url '/etc/passwd' must be a relative path.*"),
                e.getMessage());
    }

    @Test
    void aLinkToAnImageOutsideTheFolderIsAnError() throws Exception {
        Path outside = dir.resolve("outside.png");
        Files.write(outside, Files.readAllBytes(TeiReaderTest.resource("images/map.png")));
        Path bookDir = Files.createDirectories(dir.resolve("book"));
        Files.createSymbolicLink(bookDir.resolve("map.png"), outside);
        Path book = bookDir.resolve("book.xml");
        Files.writeString(book, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">" + HEADER
                + "<text><body><div><figure><graphic url=\"map.png\"/></figure></div></body></text></TEI>");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(book));
        assertTrue(e.getMessage().contains("graphic url 'map.png' is a link to a file outside the book's folder"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAnImageIsAnError() throws Exception {
        Files.writeString(dir.resolve("fake.png"), "not a png at all");
        Path book = write("book.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">" + HEADER
                + "<text><body><div><figure><graphic url=\"fake.png\"/></figure></div></body></text></TEI>");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(book));
        assertTrue(e.getMessage().contains("fake.png' is not a PNG, JPEG, GIF or SVG"), e.getMessage());
    }

    @Test
    void aHeaderWithoutTitleIsAnError() throws Exception {
        Path book = write("book.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n<teiHeader><fileDesc>\n"
                + "<titleStmt><author>Someone</author></titleStmt></fileDesc></teiHeader>"
                + "<text><body><p>x</p></body></text></TEI>");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(book));
        assertTrue(e.getMessage().matches("(?s).*book\\.xml:4:\\d+: error: the TEI header has no title.*"), e.getMessage());
    }

    @Test
    void aTeiCorpusIsRefusedWithAReason() throws Exception {
        Path book = write("book.xml", "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER + "</teiCorpus>");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(book));
        assertTrue(e.getMessage().matches("(?s).*book\\.xml:2:\\d+: error: the root element is <teiCorpus>; expected <TEI>.*"),
                e.getMessage());
    }

    @Test
    void aTextWithoutBodyIsAnError() throws Exception {
        Path book = write("book.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">" + HEADER
                + "<text>\n<front><p>x</p></front></text></TEI>");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(book));
        assertTrue(e.getMessage().contains("<text> has no <body>"), e.getMessage());
    }

    @Test
    void aMissingLanguageIsWarnedAndUndetermined() throws Exception {
        Path book = write("book.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER
                + "<text><body><p>Loose text straight in the body.</p></body></text></TEI>");
        List<Diagnostic> warnings = new ArrayList<>();
        Book read = new BookReader(warnings::add).read(book);
        assertEquals("und", read.language());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("language is not given"));
        assertEquals(1, read.body().size(), "loose body content becomes one untitled chapter");
        assertEquals("chapter-1", read.body().get(0).id());
    }

    @Test
    void generatedIdsAvoidTheManuscriptsOwn() throws Exception {
        Path book = write("book.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">" + HEADER
                + "<text><body><div><head>A</head><p>a<note>n</note></p></div>"
                + "<div xml:id=\"chapter-1\"><head>B</head><p>b<note xml:id=\"note-1\">m</note></p></div></body></text></TEI>");
        Book read = new BookReader(d -> { }).read(book);
        assertEquals(List.of("chapter-2", "chapter-1"), read.body().stream().map(d -> d.id()).toList());
    }
}
