package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters (C0 but tab and line ends, DEL, C1), which XML 1.1 lets a document
 * hold as references and XML 1.0 lets in as C1: refused by the reader of either format at
 * the place the user wrote them, instead of breaking a generated EPUB page later.
 */
class ControlCharactersTest {

    @TempDir
    Path dir;

    private static final String XML11 = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n";

    private List<String> errors(Fixture f, String name) {
        return f.errors(name).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void teiRefusesThemAtTheirReferenceInTextCdataRunsAndAttributes() throws Exception {
        Path tei = tei("control-characters.xml");
        BuildException e = assertThrows(BuildException.class, () -> new BookReader(d -> { }).read(tei));
        List<String> messages = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(4, messages.size(), String.join("\n", messages));
        assertEquals(tei + ":12:22: error: U+0002, a control character (written &#x2;), cannot be set in a book:"
                + " no font draws it and an EPUB page cannot hold it; delete it (an export or a copy and paste"
                + " usually leaves it)", messages.get(0));
        assertEquals(tei + ":13:34: error: U+0092, a control character (written &#x92;), cannot be set in a book:"
                + " no font draws it and an EPUB page cannot hold it; it is probably \u2019 (U+2019) from a"
                + " Windows-1252 text read as Latin-1: write \u2019 instead", messages.get(1));
        assertTrue(messages.get(2).startsWith(tei + ":13:55: error: U+0001, a control character (written &#1;)"), messages.get(2));
        assertTrue(messages.get(3).startsWith(tei + ":14:45: error: U+001F, a control character (written &#x1F;)"),
                messages.get(3));
    }

    @Test
    void theManuscriptFormatRefusesThemToo() {
        Fixture f = new Fixture(dir);
        f.write("b.xml", XML11 + Fixture.OPEN + "\n"
                + "  <metadata><title>Un&#x1B;titre</title></metadata>\n"
                + "  <body><chapter><p>Un <em>mot&#127;</em></p></chapter></body>\n"
                + "</book>\n");
        assertEquals(List.of(
                        f.shown("b.xml") + ":3:22: error: U+001B, a control character (written &#x1B;), cannot be set in a book:"
                                + " no font draws it and an EPUB page cannot hold it; delete it (an export or a copy and"
                                + " paste usually leaves it)",
                        f.shown("b.xml") + ":4:31: error: U+007F, a control character (written &#127;), cannot be set in a book:"
                                + " no font draws it and an EPUB page cannot hold it; delete it (an export or a copy and"
                                + " paste usually leaves it)"),
                errors(f, "b.xml"));
    }

    @Test
    void xml10LetsC1CharactersInAsTheyAreAndTheyAreRefusedThere() {
        Fixture f = new Fixture(dir);
        f.write("b.xml", Fixture.chapter("      <p>L\u0092homme\r\n      attend\u0085 encore&#x96;</p>\n"));
        List<String> errors = errors(f, "b.xml");
        assertEquals(3, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith(f.shown("b.xml") + ":6:11: error: U+0092, a control character, cannot be set"),
                errors.get(0));
        assertTrue(errors.get(0).endsWith("it is probably \u2019 (U+2019) from a Windows-1252 text read as Latin-1: write \u2019 instead"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith(f.shown("b.xml") + ":7:13: error: U+0085, a control character, cannot"),
                errors.get(1));
        assertTrue(errors.get(1).contains("probably \u2026 (U+2026)"), errors.get(1));
        assertTrue(errors.get(2).startsWith(f.shown("b.xml") + ":7:21: error: U+0096, a control character (written &#x96;)"),
                errors.get(2));
        assertTrue(errors.get(2).contains("probably \u2013 (U+2013)"), errors.get(2));
    }

    @Test
    void anIncludedFileIsNamedWithItsOwnLineAndColumn() {
        Fixture f = new Fixture(dir);
        f.write("ch.xml", XML11 + "<chapter xmlns=\"" + Fixture.NS + "\">\n  <p>a</p>\n  <p>b&#x8;</p>\n</chapter>\n");
        f.write("b.xml", Fixture.chapter("      <p>x</p>\n    </chapter>\n"
                + "    <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"ch.xml\"/>\n    <chapter>\n"));
        List<String> errors = errors(f, "b.xml");
        assertTrue(errors.get(0).startsWith(f.shown("ch.xml") + ":4:7: error: U+0008, a control character (written &#x8;)"),
                String.join("\n", errors));
    }

    @Test
    void aFileFullOfThemGetsTenPlacesAndACount() {
        Fixture f = new Fixture(dir);
        f.write("b.xml", Fixture.chapter("      <p>" + "a\u0093b\u0094 ".repeat(15) + "</p>\n"));
        List<String> errors = errors(f, "b.xml");
        assertEquals(11, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith(f.shown("b.xml") + ":6:11: error: U+0093"), errors.get(0));
        assertTrue(errors.get(9).startsWith(f.shown("b.xml") + ":6:" + (11 + 4 * 5 + 2) + ": error: U+0094"), errors.get(9));
        assertEquals(f.shown("b.xml") + ": error: and 20 more control characters after those; the file may be a"
                + " Windows-1252 text read as Latin-1: convert it to UTF-8 from Windows-1252", errors.get(10));
    }

    @Test
    void tabsLineEndsAndOtherInvisibleCharactersStay() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("b.xml", XML11.replace("\n", "\r\n") + Fixture.OPEN + "\r\n  <metadata><title>T</title></metadata>\r\n"
                + "  <body><chapter><p>a&#9;b\u00A0c\u202Fd\u00ADe&#xA0;f</p></chapter></body>\r\n</book>\r\n");
        Book book = f.read("b.xml");
        Block.Paragraph p = (Block.Paragraph) book.body().get(0).blocks().get(0);
        assertEquals(List.of(new Inline.Text("a b\u00A0c\u202Fd\u00ADe\u00A0f")), p.content());
    }

    private static Path tei(String name) {
        try {
            return Path.of(ControlCharactersTest.class.getResource("/tei/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
