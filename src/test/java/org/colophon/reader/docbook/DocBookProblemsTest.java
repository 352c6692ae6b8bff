package org.colophon.reader.docbook;

import static org.colophon.reader.docbook.DocBookSamples.DB4_DOCTYPE;
import static org.colophon.reader.docbook.DocBookSamples.chapter5;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DocBook input that is refused, with its place, or warned about. */
class DocBookProblemsTest {

    @TempDir
    Path dir;

    private static String db4(String subset, String body) {
        return "<?xml version=\"1.0\"?>\n" + DB4_DOCTYPE + " [\n" + subset + "\n]>\n<book lang=\"en\"><title>T</title>\n"
                + body + "\n</book>\n";
    }

    private String shown(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void anEntityNamingAFileOutsideTheFolderIsRefusedWhereItIsCalled() throws Exception {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(dir.resolve("secret.xml"), "<chapter><title>S</title><para>secret</para></chapter>");
        String error = new DocBookSamples(book).error("b.dbk", db4("<!ENTITY s SYSTEM \"../secret.xml\">", "&s;"));
        assertTrue(error.startsWith(book.resolve("b.dbk") + ":7:"), error);
        assertTrue(error.contains("&s;") && error.contains("climbs out of the manuscript"), error);
    }

    @Test
    void anAbsolutePathOrAUrlIsRefused() throws Exception {
        String error = new DocBookSamples(dir).error("b.dbk", db4("<!ENTITY s SYSTEM \"http://example.org/x.xml\">", "&s;"));
        assertTrue(error.startsWith(shown("b.dbk") + ":7:"), error);
        assertTrue(error.contains("http://example.org/x.xml"), error);
        error = new DocBookSamples(dir).error("c.dbk", db4("<!ENTITY s SYSTEM \"/etc/passwd\">", "&s;"));
        assertTrue(error.startsWith(shown("c.dbk") + ":7:"), error);
    }

    @Test
    void parameterEntitiesAreRefusedWhereTheyAreDeclared() throws Exception {
        String error = new DocBookSamples(dir).error("b.dbk", db4("<!ENTITY % p SYSTEM \"p.ent\">\n%p;", ""));
        assertTrue(error.startsWith(shown("b.dbk") + ":4:"), error);
        assertTrue(error.contains("parameter entity %p"), error);
        error = new DocBookSamples(dir).error("c.dbk", db4("<!ENTITY % q \"<!ENTITY x 'y'>\">", ""));
        assertTrue(error.contains("parameter entity %q"), error);
    }

    @Test
    void recursiveEntitiesAndEntityBombsAreRefused() throws Exception {
        String error = new DocBookSamples(dir).error("b.dbk", db4("<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">",
                "<chapter><title>C</title><para>&a;</para></chapter>"));
        assertTrue(error.startsWith(shown("b.dbk") + ":"), error);
        assertTrue(error.toLowerCase().contains("recursive"), error);
        StringBuilder subset = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            subset.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        long start = System.nanoTime();
        error = new DocBookSamples(dir).error("c.dbk", db4(subset.toString(),
                "<chapter><title>C</title><para>&l9;</para></chapter>"));
        assertTrue(error.startsWith(shown("c.dbk") + ":"), error);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 20_000, "refused quickly");
    }

    @Test
    void aChapterFileIsIncludedOnce() throws Exception {
        DocBookSamples s = new DocBookSamples(dir);
        s.write("c.xml", "<chapter><title>C</title><para>x</para></chapter>");
        String error = s.error("b.dbk", db4("<!ENTITY c SYSTEM \"c.xml\">", "&c;\n&c;"));
        assertTrue(error.startsWith(shown("b.dbk") + ":8:"), error);
        assertTrue(error.contains("only once"), error);
    }

    @Test
    void anErrorInAChapterFileNamesThatFileAndItsLine() throws Exception {
        DocBookSamples s = new DocBookSamples(dir);
        s.write("c.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chapter>\n<title>C</title>\n<para>x</para>\n"
                + "<chapter><title>Nested</title></chapter>\n</chapter>");
        String error = s.error("b.dbk", db4("<!ENTITY c SYSTEM \"c.xml\">", "&c;"));
        assertEquals(shown("c.xml") + ":5:1", error.substring(0, error.indexOf(": ")), error);
        assertTrue(error.contains("<chapter> cannot stand inside <chapter>"), error);
        s.write("d.xml", "<chapter>\n<title>C</title>\n<para>x</para\n</chapter>");
        error = s.error("e.dbk", db4("<!ENTITY d SYSTEM \"d.xml\">", "&d;"));
        assertTrue(error.startsWith(shown("d.xml") + ":4:"), error);
    }

    @Test
    void unknownElementsKeepTheirTextAndAreReportedOnceWithTheirLine() throws Exception {
        DocBookSamples s = new DocBookSamples(dir);
        var book = s.read("b.xml", chapter5("<para>a <gizmo>one</gizmo> b</para>\n<para><gizmo>two</gizmo></para>\n"
                + "<widget><para>three</para></widget>"));
        List<Diagnostic> gizmo = s.warnings.stream().filter(w -> w.message().contains("<gizmo>")).toList();
        assertEquals(1, gizmo.size(), s.warnings.toString());
        assertEquals(3, gizmo.get(0).line());
        assertEquals(shown("b.xml"), gizmo.get(0).file());
        assertEquals(1, s.warnings.stream().filter(w -> w.message().contains("<widget>")).count());
        assertEquals("a one b", DocBookSamples.text(((org.colophon.model.Block.Paragraph)
                DocBookSamples.blocks(book).get(0)).content()));
        assertEquals("three", DocBookSamples.text(((org.colophon.model.Block.Paragraph)
                DocBookSamples.blocks(book).get(2)).content()));
    }

    @Test
    void badStructureIsAnErrorAtItsPlace() throws Exception {
        DocBookSamples s = new DocBookSamples(dir);
        String error = s.error("b.xml", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB5 + "<title>T</title>\n"
                + "  <para>loose</para>\n<chapter><title>C</title><para>x</para></chapter></book>");
        assertEquals(shown("b.xml") + ":3:3", error.substring(0, error.indexOf(": ")), error);
        assertTrue(error.contains("expected <chapter>"), error);
        error = s.error("c.xml", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB5 + "<title>T</title></book>");
        assertTrue(error.startsWith(shown("c.xml") + ":2:1"), error);
        assertTrue(error.contains("holds no <chapter>"), error);
        error = s.error("d.xml", chapter5("<table><tgroup cols=\"1\"><tbody><row><entry>a</entry>\n<entry>b</entry>"
                + "</row></tbody></tgroup></table>"));
        assertTrue(error.startsWith(shown("d.xml") + ":4:1"), error);
        assertTrue(error.contains("more cells than the table has columns"), error);
    }

    @Test
    void aDoctypeStaysRefusedOutsideDocBook4() throws Exception {
        DocBookSamples s = new DocBookSamples(dir);
        String error = s.error("m.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE book [<!ENTITY x \"y\">]>\n"
                + "<book xmlns=\"https://colophon.org/ns/manuscript/1\">&x;</book>");
        assertEquals(shown("m.xml") + ":2:10", error.substring(0, error.indexOf(": ")), error);
        assertTrue(error.contains("a DOCTYPE declaration is not allowed"), error);
        error = s.error("o.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""
                + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<book><title>T</title></book>");
        assertTrue(error.startsWith(shown("o.xml") + ":"), error);
        assertTrue(error.contains("a DOCTYPE declaration is not allowed"), error);
    }

    @Test
    void anotherRootNamesTheFormatsAccepted() throws Exception {
        String error = new DocBookSamples(dir).error("x.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>");
        assertTrue(error.contains("DocBook 5") && error.contains("DocBook 4") && error.contains("TEI")
                && error.contains("Markdown") && error.contains("Colophon manuscript"), error);
    }

    @Test
    void anXIncludeOutsideTheFolderIsRefusedAtItsPlace() throws Exception {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(dir.resolve("other.xml"), "<chapter xmlns=\"http://docbook.org/ns/docbook\"/>");
        String error = new DocBookSamples(book).error("b.xml", "<?xml version=\"1.0\"?>\n"
                + DocBookSamples.DB5.replace(">", " xmlns:xi=\"http://www.w3.org/2001/XInclude\">")
                + "<title>T</title>\n<xi:include href=\"../other.xml\"/></book>");
        assertEquals(book.resolve("b.xml") + ":3:1", error.substring(0, error.indexOf(": ")), error);
    }
}
